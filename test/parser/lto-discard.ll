; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; After LTO merging, module asm is the concatenation of every module's asm,
; each preceded by a `.lto_discard [symbols]` line. `.lto_discard` starts a
; new module: section state and any unclosed set are reset (with a warning
; for the unclosed set), so one module's broken asm cannot swallow the next
; module's entries. Entries of every module are found.
; RUN: %opt -passes=kfunc-preserve -S %s 2>%t.err | FileCheck %s
; RUN: FileCheck %s --check-prefix=WARN < %t.err

; Module 1: a complete set8.
module asm ".lto_discard"
module asm ".pushsection .BTF_ids,\22a\22; .local set_one; set_one:; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__set8__set_one:; .zero 4; .long (1 << 0); .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_mod1__1:; .zero 4; .long (1 << 2); .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; .size __BTF_ID__set8__set_one, .-set_one; .popsection;"
; Module 2: a set8 that is never closed, and a section left pushed.
module asm ".lto_discard sym_a, sym_b"
module asm ".pushsection .BTF_ids,\22a\22; .local set_two; set_two:; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__set8__set_two:; .zero 4; .long (1 << 0); .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_mod2__2:; .zero 4; .long 0; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22"
; Module 3: its BTF_ID_LIST entry is in no set, and the label in .text (the
; section state after the reset) is not an entry.
module asm ".lto_discard"
module asm "__BTF_ID__func__not_in_section__3:"
module asm ".pushsection .BTF_ids,\22a\22; .local list_three; list_three:; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_mod3__4:; .zero 4; .popsection;"

define void @kf_mod1() {
  ret void
}
define void @kf_mod2() {
  ret void
}
define void @kf_mod3() {
  ret void
}
define void @not_in_section() {
  ret void
}

; CHECK: @llvm.used = appending global [2 x ptr] [ptr @kf_mod1, ptr @kf_mod2], section "llvm.metadata"
; CHECK: define void @kf_mod3() {
; CHECK: define void @not_in_section() {
; CHECK-DAG: !{!"set_one", !"set8", i64 1, i64 4, !"(1 << 2)"}
; CHECK-DAG: !{!"set_two", !"set8", i64 1, i64 0, !"0"}
; RUN: %opt -passes=kfunc-preserve -kfunc-btf-ids=all -S %s 2>/dev/null | FileCheck %s --check-prefix=ALL
; ALL: @llvm.used = appending global [3 x ptr] [ptr @kf_mod1, ptr @kf_mod2, ptr @kf_mod3], section "llvm.metadata"
; ALL: !{!"list_three", !"list", !"", !"", !""}

; WARN: warning: kfunc-preserve: module asm line 11: BTF set8 'set_two' is not closed (no '.size' directive; it starts at line 8)
; WARN-NOT: warning
