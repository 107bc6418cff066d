; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Entry flags are unevaluated expressions; the parser evaluates decimal, hex
; (0x), octal, binary literals, parentheses, <<, >>, |, &, ^, +, -, ~ with
; GNU as precedence (<< binds tighter than |). The record keeps the value
; and the text as written.
; RUN: %opt -passes=kfunc-preserve -S %s 2>%t.err | FileCheck %s
; RUN: count 0 < %t.err

module asm ".pushsection .BTF_ids,\22a\22; .local s; s:; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__set8__s:; .zero 4; .long 0x1; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__f_zero__1:; .zero 4; .long 0; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__f_or__2:; .zero 4; .long (1 << 0) | (1 << 7) | (1 << 2); .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__f_hex__3:; .zero 4; .long 0x1A0; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__f_nested__4:; .zero 4; .long ((1 << 8) | ((1 << 9)) | (1<<10)); .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__f_noparen__5:; .zero 4; .long 1 << 12 | 1 << 16; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__f_decimal__6:; .zero 4; .long 2048; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__f_mixed__7:; .zero 4; .long (0x10 | 010) + (0b1 << 1) - 1 ^ 0; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__f_mask__8:; .zero 4; .long ~0 & 0xff >> 4; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; .size __BTF_ID__set8__s, .-s; .popsection;"

define void @f_zero() {
  ret void
}
define void @f_or() {
  ret void
}
define void @f_hex() {
  ret void
}
define void @f_nested() {
  ret void
}
define void @f_noparen() {
  ret void
}
define void @f_decimal() {
  ret void
}
define void @f_mixed() {
  ret void
}
define void @f_mask() {
  ret void
}

; CHECK: @llvm.used = appending global [8 x ptr]
; CHECK-DAG: !{!"s", !"set8", i64 1, i64 0, !"0"}
; CHECK-DAG: !{!"s", !"set8", i64 1, i64 133, !"(1 << 0) | (1 << 7) | (1 << 2)"}
; CHECK-DAG: !{!"s", !"set8", i64 1, i64 416, !"0x1A0"}
; CHECK-DAG: !{!"s", !"set8", i64 1, i64 1792, !"((1 << 8) | ((1 << 9)) | (1<<10))"}
; CHECK-DAG: !{!"s", !"set8", i64 1, i64 69632, !"1 << 12 | 1 << 16"}
; CHECK-DAG: !{!"s", !"set8", i64 1, i64 2048, !"2048"}
; (0x10|010)=24, + (1<<1)=26, - (1^0)=25: '^' binds tighter than '-'.
; CHECK-DAG: !{!"s", !"set8", i64 1, i64 25, !"(0x10 | 010) + (0b1 << 1) - 1 ^ 0"}
; ~0 & (0xff >> 4) = 15
; CHECK-DAG: !{!"s", !"set8", i64 1, i64 15, !"~0 & 0xff >> 4"}
