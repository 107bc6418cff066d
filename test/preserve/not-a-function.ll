; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; A kfunc name that belongs to a global variable or an ifunc in this module
; cannot be pinned: a warning naming it and its sources, no change, no
; record, no crash. The other kfuncs are still pinned.
; RUN: %opt -passes=kfunc-preserve -kfunc=kf_var,kf_ifunc,kf_ok -S %s 2>%t.err | FileCheck %s
; RUN: FileCheck %s --check-prefix=WARN < %t.err
; RUN: %opt -passes=kfunc-preserve,verify -kfunc=kf_var,kf_ifunc,kf_ok -disable-output %s 2>/dev/null

module asm ".pushsection .BTF_ids,\22a\22; .local s; s:; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__set8__s:; .zero 4; .long 1; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_var__1:; .zero 4; .long 0; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; .size __BTF_ID__set8__s, .-s; .popsection;"

@kf_var = global i32 0
@kf_ifunc = ifunc void (), ptr @resolver

; CHECK-DAG: @llvm.used = appending global [1 x ptr] [ptr @kf_ok], section "llvm.metadata"
; CHECK-DAG: @kf_var = global i32 0
; CHECK-DAG: @kf_ifunc = ifunc void (), ptr @resolver

define internal ptr @resolver() {
  ret ptr @kf_ok
}
; CHECK: define internal ptr @resolver() {
; CHECK: define void @kf_ok() #{{[0-9]+}} {
define void @kf_ok() {
  ret void
}

; CHECK: !kfunc.preserve = !{![[R:[0-9]+]]}
; CHECK: ![[R]] = !{!"kfunc.v1", !"name", !"kf_ok",
; CHECK-NOT: kf_var
; CHECK-NOT: kf_ifunc

; WARN-DAG: warning: kfunc-preserve: kfunc 'kf_var' (found by btf-set8,list) names a global variable in this module; not pinned
; WARN-DAG: warning: kfunc-preserve: kfunc 'kf_ifunc' (found by list) names an ifunc in this module; not pinned
