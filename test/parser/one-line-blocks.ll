; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Some macros emit a whole block on one line, with ';' between statements
; (labels, directives, and the flags word all share the line). The parser
; splits on ';' outside quotes, so the result is the same as the multi-line
; form: set name, set flags, entry flags.
; RUN: %opt -passes=kfunc-preserve -S %s 2>%t.err | FileCheck %s
; RUN: count 0 < %t.err

module asm ".pushsection .BTF_ids,\22a\22;.local one_line_set;one_line_set:;.popsection;.pushsection .BTF_ids,\22a\22;.local __BTF_ID__set8__one_line_set;__BTF_ID__set8__one_line_set:;.zero 4;.long (1 << 0);.popsection;"
module asm ".pushsection .BTF_ids,\22a\22; .local __BTF_ID__func__kf_one__1 ; .type __BTF_ID__func__kf_one__1, STT_OBJECT; .size __BTF_ID__func__kf_one__1, 4; __BTF_ID__func__kf_one__1: .zero 4; .long (1 << 0) | (1 << 4); .popsection;"
module asm ".pushsection .BTF_ids,\22a\22;__BTF_ID__func__kf_two__2:;.zero 4;.long 0x20;.popsection;.pushsection .BTF_ids,\22a\22;.size __BTF_ID__set8__one_line_set, .-one_line_set;.popsection"
; Everything, several blocks, on one single line; a quoted ';' in a section
; flag string does not split the statement.
module asm ".pushsection \22.BTF_ids\22,\22a;\22; whole:; .popsection; .pushsection .BTF_ids,\22a\22; __BTF_ID__set8__whole:; .zero 4; .long 1; __BTF_ID__func__kf_three__3: .zero 4; .long 4; .size __BTF_ID__set8__whole, .-whole; .popsection"

define void @kf_one() {
  ret void
}
define void @kf_two() {
  ret void
}
define void @kf_three() {
  ret void
}

; CHECK: @llvm.used = appending global [3 x ptr] [ptr @kf_one, ptr @kf_two, ptr @kf_three], section "llvm.metadata"
; CHECK-DAG: !{!"one_line_set", !"set8", i64 1, i64 17, !"(1 << 0) | (1 << 4)"}
; CHECK-DAG: !{!"one_line_set", !"set8", i64 1, i64 32, !"0x20"}
; CHECK-DAG: !{!"whole", !"set8", i64 1, i64 4, !"4"}
