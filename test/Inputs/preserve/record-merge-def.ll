; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Defines kf_shared, listed in a set8 of this module (see record-merge.ll).
module asm ".pushsection .BTF_ids,\22a\22; .local def_set; def_set:; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__set8__def_set:; .zero 4; .long 1; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_shared__1:; .zero 4; .long (1 << 2); .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; .size __BTF_ID__set8__def_set, .-def_set; .popsection;"

define i64 @kf_shared(i64 %p, i32 %n) noinline {
  ret i64 0
}
