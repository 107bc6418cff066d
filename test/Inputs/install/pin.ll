; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; An uncalled internal kfunc named only by a set8 table: the installed plugin
; must pin it (noinline, @llvm.used). No pointers, so LLVM 14 reads it too.
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local inst_ids;"
module asm "inst_ids:;"
module asm ".local __BTF_ID__set8__inst_ids;"
module asm "__BTF_ID__set8__inst_ids:;"
module asm ".zero 4"
module asm ".long (1 << 0)"
module asm "__BTF_ID__func__inst_kfunc__1:"
module asm ".zero 4"
module asm ".long 0"
module asm ".size __BTF_ID__set8__inst_ids, .-inst_ids"
module asm ".popsection;"

define internal i64 @inst_kfunc(i64 %x) {
  ret i64 %x
}

define i64 @other(i64 %x) {
  ret i64 %x
}
