; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Source `list` from the command line: -kfunc=a,b (comma separated, may be
; repeated). A name this module does not have is ignored silently; a name that
; is not a C identifier (as a kfunc's name must be) gets a warning and is
; skipped.
; RUN: %opt -passes=kfunc-preserve -kfunc=kf_a,kf_b -kfunc=kf_c -S %s 2>%t.err | FileCheck %s
; RUN: FileCheck %s --check-prefix=NOWARN --allow-empty < %t.err
; RUN: %opt -passes=kfunc-preserve,verify -kfunc=kf_a,kf_b -disable-output %s
; RUN: %opt -passes=kfunc-preserve -kfunc=kf_a -kfunc='bad name' -kfunc=1x,kf_absent -S %s 2>&1 | FileCheck %s --check-prefix=WARN

; CHECK: @llvm.used = appending global [3 x ptr] [ptr @kf_a, ptr @kf_b, ptr @kf_c], section "llvm.metadata"
; CHECK: define void @kf_a() #[[PIN:[0-9]+]] {
; CHECK: define internal void @kf_b() #[[PIN]] {
; CHECK: define void @kf_c() #[[PIN]] {
; CHECK: define void @not_listed() {
; CHECK: attributes #[[PIN]] = { noinline }
; CHECK: !kfunc.preserve = !{![[A:[0-9]+]], ![[B:[0-9]+]], ![[C:[0-9]+]]}
; CHECK: ![[A]] = !{!"kfunc.v1", !"name", !"kf_a", !"sources", !"list", !"state", !"pinned",
; CHECK-NOT: kf_absent
; CHECK-NOT: not_listed

; NOWARN-NOT: warning
; NOWARN-NOT: error

; WARN-DAG: warning: kfunc-preserve: command line: option 'kfunc': 'bad name' is not a C identifier, as a kfunc name must be; ignored
; WARN-DAG: warning: kfunc-preserve: command line: option 'kfunc': '1x' is not a C identifier, as a kfunc name must be; ignored
; WARN: @llvm.used = appending global [1 x ptr] [ptr @kf_a]
; Once per pipeline, not once per pass.
; RUN: %opt -passes=kfunc-preserve,kfunc-audit,kfunc-preserve -kfunc=kf_a -kfunc='bad name' -disable-output %s 2>&1 | FileCheck %s --check-prefix=ONCE
; ONCE-COUNT-1: 'bad name' is not a C identifier
; ONCE-NOT: 'bad name'
; WARN-NOT: kf_absent

define void @kf_a() {
  ret void
}
define internal void @kf_b() {
  ret void
}
define void @kf_c() {
  ret void
}
define void @not_listed() {
  ret void
}
