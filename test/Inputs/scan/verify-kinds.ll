; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Input for verify-kinds.test: a set8 table listing
;   v_ok      a defined function (passes);
;   v_data    a variable, not a function;
;   v_gone    declared here, defined nowhere;
;   v_promo   present only as v_promo.llvm.123 (a ThinLTO-promoted rename);
;   v_split   defined, with a v_split.cold part beside it;
;   v_dot     defined, with v_dot.localalias beside it (not a clone: passes).
target triple = "x86_64-unknown-linux-gnu"

module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local vk_set;"
module asm "vk_set:;"
module asm ".local __BTF_ID__set8__vk_set;"
module asm "__BTF_ID__set8__vk_set:;"
module asm ".zero 4"
module asm ".long (1 << 0)"
module asm "__BTF_ID__func__v_ok__1:"
module asm ".zero 4"
module asm ".long 0"
module asm "__BTF_ID__func__v_data__2:"
module asm ".zero 4"
module asm ".long 0"
module asm "__BTF_ID__func__v_gone__3:"
module asm ".zero 4"
module asm ".long 0"
module asm "__BTF_ID__func__v_promo__4:"
module asm ".zero 4"
module asm ".long 0"
module asm "__BTF_ID__func__v_split__5:"
module asm ".zero 4"
module asm ".long 0"
module asm "__BTF_ID__func__v_dot__6:"
module asm ".zero 4"
module asm ".long 0"
module asm ".size __BTF_ID__set8__vk_set, .-vk_set"
module asm ".popsection;"

@v_data = global i64 0

declare i64 @v_gone(i64)

define i64 @v_ok(i64 %x) {
  ret i64 %x
}

define hidden i64 @v_promo.llvm.123(i64 %x) {
  %r = call i64 @v_gone(i64 %x)
  ret i64 %r
}

define i64 @v_split(i64 %x) {
  ret i64 %x
}

define internal i64 @v_split.cold(i64 %x) {
  ret i64 %x
}

define i64 @v_dot(i64 %x) {
  ret i64 %x
}

define internal i64 @v_dot.localalias(i64 %x) {
  ret i64 %x
}

define i64 @use(i64 %x) {
  %a = call i64 @v_split.cold(i64 %x)
  %b = call i64 @v_dot.localalias(i64 %a)
  ret i64 %b
}
