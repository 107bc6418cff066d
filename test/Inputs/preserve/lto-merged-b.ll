; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Second module of parser/lto-merged-real.ll.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

module asm ".pushsection .BTF_ids,\22a\22; .local set_b; set_b:; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__set8__set_b:; .zero 4; .long (1 << 0); .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_b__2:; .zero 4; .long (1 << 1); .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; .size __BTF_ID__set8__set_b, .-set_b; .popsection;"

define void @kf_b() {
  ret void
}
