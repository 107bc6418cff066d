; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Bitcode input for kfunc-scan tests: defines the kfunc that set-a.ll lists,
; and has no BTF table of its own.
target triple = "x86_64-unknown-linux-gnu"

define hidden i64 @xfile_kfunc(i64 %x) {
  %r = mul i64 %x, 3
  ret i64 %r
}

declare i64 @a_create(i64)
