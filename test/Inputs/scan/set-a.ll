; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Bitcode input for kfunc-scan tests: a set8 table `scan_set_a` (as Linux
; 6.12's BTF_KFUNCS_START/BTF_ID_FLAGS emit it) listing kfuncs defined here
; (one of them static), one defined in set-b.ll and one defined nowhere; a
; BTF_ID_LIST entry outside any set; and an ordinary function.
target triple = "x86_64-unknown-linux-gnu"

module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local scan_set_a;"
module asm "scan_set_a:;"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__set8__scan_set_a;"
module asm "__BTF_ID__set8__scan_set_a:;"
module asm ".zero 4"
module asm ".long (1 << 0)"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__func__a_create__11 ;"
module asm ".type  __BTF_ID__func__a_create__11, STT_OBJECT;"
module asm ".size  __BTF_ID__func__a_create__11, 4;"
module asm "__BTF_ID__func__a_create__11:"
module asm ".zero 4"
module asm ".long (1 << 0) | (1 << 2)"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__func__a_release__12 ;"
module asm ".type  __BTF_ID__func__a_release__12, STT_OBJECT;"
module asm ".size  __BTF_ID__func__a_release__12, 4;"
module asm "__BTF_ID__func__a_release__12:"
module asm ".zero 4"
module asm ".long (1 << 1)"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__func__a_static__13 ;"
module asm "__BTF_ID__func__a_static__13:"
module asm ".zero 4"
module asm ".long (1 << 7)"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__func__xfile_kfunc__14 ;"
module asm "__BTF_ID__func__xfile_kfunc__14:"
module asm ".zero 4"
module asm ".long 0"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__func__nowhere_kfunc__15 ;"
module asm "__BTF_ID__func__nowhere_kfunc__15:"
module asm ".zero 4"
module asm ".long (1 << 5)"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".size __BTF_ID__set8__scan_set_a, .-scan_set_a"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local scan_list_a;"
module asm "scan_list_a:;"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__func__list_only_func__16 ;"
module asm "__BTF_ID__func__list_only_func__16:"
module asm ".zero 4"
module asm ".popsection;"

define i64 @a_create(i64 %x) {
  %r = add i64 %x, 1
  ret i64 %r
}

define void @a_release(i64 %x) {
  ret void
}

define internal i64 @a_static(i64 %x) {
  ret i64 %x
}

define i64 @a_helper(i64 %x) {
  %r = call i64 @a_static(i64 %x)
  ret i64 %r
}

define i64 @list_only_func(i64 %x) {
  ret i64 %x
}
