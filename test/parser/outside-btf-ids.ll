; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Only labels inside the `.BTF_ids` section are entries. The parser tracks
; .pushsection/.popsection (nested), .section, .previous, .text/.data/.bss,
; quoted section names and subsection numbers; a BTF_ID-shaped label in any
; other section (including look-alikes such as .BTF_ids.bak or .BTF) is
; ignored, as is one in a comment.
; RUN: %opt -passes=kfunc-preserve -S %s 2>%t.err | FileCheck %s
; RUN: count 0 < %t.err

module asm ".pushsection .BTF_ids,\22a\22; .local s; s:; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__set8__s:; .zero 4; .long 1; .popsection;"
; Top level is .text.
module asm "__BTF_ID__func__in_text__1: .zero 4; .long 0"
; .section switches; .previous goes back.
module asm ".section .data"
module asm "__BTF_ID__func__in_data__2: .zero 4; .long 0"
module asm ".section .BTF_ids,\22a\22"
module asm "__BTF_ID__func__via_section__3: .zero 4; .long 0"
module asm ".previous"
module asm "__BTF_ID__func__after_previous__4: .zero 4; .long 0"
module asm ".previous"
module asm "__BTF_ID__func__previous_again__5: .zero 4; .long 0"
module asm ".text"
module asm "__BTF_ID__func__after_text__6: .zero 4; .long 0"
; Nested push/pop.
module asm ".pushsection .BTF_ids,\22a\22"
module asm ".pushsection .rodata"
module asm "__BTF_ID__func__in_nested_rodata__7: .zero 4; .long 0"
module asm ".popsection"
module asm "__BTF_ID__func__after_nested_pop__8: .zero 4; .long 0"
module asm ".popsection"
module asm "__BTF_ID__func__after_outer_pop__9: .zero 4; .long 0"
; Look-alike section names; a quoted name; a subsection number.
module asm ".pushsection .BTF_ids.bak,\22a\22; __BTF_ID__func__in_bak__10: .zero 4; .long 0; .popsection"
module asm ".pushsection .BTF,\22a\22; __BTF_ID__func__in_btf__11: .zero 4; .long 0; .popsection"
module asm ".pushsection \22.BTF_ids\22, \22a\22; __BTF_ID__func__quoted__12: .zero 4; .long 0; .popsection"
module asm ".pushsection .BTF_ids, 1; __BTF_ID__func__subsection__13: .zero 4; .long 0; .popsection"
; Comments.
module asm ".pushsection .BTF_ids,\22a\22"
module asm "# __BTF_ID__func__hash_comment__14: .zero 4"
module asm "/* __BTF_ID__func__block_comment__15: */ .zero 4"
module asm ".popsection"
module asm ".pushsection .BTF_ids,\22a\22; .size __BTF_ID__set8__s, .-s; .popsection;"

define void @in_text() {
  ret void
}
define void @in_data() {
  ret void
}
define void @via_section() {
  ret void
}
define void @after_previous() {
  ret void
}
define void @previous_again() {
  ret void
}
define void @after_text() {
  ret void
}
define void @in_nested_rodata() {
  ret void
}
define void @after_nested_pop() {
  ret void
}
define void @after_outer_pop() {
  ret void
}
define void @in_bak() {
  ret void
}
define void @in_btf() {
  ret void
}
define void @quoted() {
  ret void
}
define void @subsection() {
  ret void
}
define void @hash_comment() {
  ret void
}
define void @block_comment() {
  ret void
}

; CHECK: @llvm.used = appending global [5 x ptr] [ptr @via_section, ptr @previous_again, ptr @after_nested_pop, ptr @quoted, ptr @subsection], section "llvm.metadata"
