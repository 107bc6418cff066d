; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; A __BTF_ID__ label with an empty name (`__BTF_ID__func____12:`) or a set
; label with no set name: one warning each naming the label, nothing pinned
; for them, the well-formed entries next to them still pinned.
; RUN: %opt -passes=kfunc-preserve -S %s 2>%t.err | FileCheck %s
; RUN: FileCheck %s --check-prefix=WARN --implicit-check-not=warning: < %t.err
; RUN: %opt -passes=kfunc-preserve,kfunc-audit,verify -disable-output %s 2>/dev/null

module asm ".pushsection .BTF_ids,\22a\22; s:; .popsection"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__set8__s:; .zero 4; .long 1; .popsection"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func____12:; .zero 4; .long 0; .popsection"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kept__13:; .zero 4; .long 0; .popsection"
module asm ".pushsection .BTF_ids,\22a\22; .size __BTF_ID__set8__s, .-s; .popsection"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__set8__:; .zero 4; .popsection"

; WARN: warning: kfunc-preserve: module asm line 3: malformed BTF id label '__BTF_ID__func____12' (expected __BTF_ID__<kind>__<name>__<number>)
; WARN: warning: kfunc-preserve: module asm line 6: BTF set label '__BTF_ID__set8__' has no set name

; CHECK: @llvm.used = appending global [1 x ptr] [ptr @kept]
define void @kept() {
  ret void
}
; A function whose name is empty after the prefix cannot exist; an unnamed
; function is left alone.
; CHECK: define void @0() {
define void @0() {
  ret void
}
; CHECK: !kfunc.preserve = !{![[R:[0-9]+]]}
; CHECK-NOT: !{!"kfunc.v1", !"name", !""
