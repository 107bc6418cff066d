; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; A module with one pinned kfunc and one finding (missing-annotation).
source_filename = "a.c"

module asm ".pushsection .BTF_ids,\22a\22;"
module asm "__BTF_ID__set8__a_ids:;"
module asm ".zero 4"
module asm ".long (1 << 0)"
module asm "__BTF_ID__func__a_kfunc__1:"
module asm ".zero 4"
module asm ".long (1 << 0)"
module asm "__BTF_ID__func__shared_kfunc__2:"
module asm ".zero 4"
module asm ".long (1 << 1)"
module asm ".size __BTF_ID__set8__a_ids, .-a_ids"
module asm ".popsection;"

define i32 @a_kfunc(i32 %x) {
  ret i32 %x
}
