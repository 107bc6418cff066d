; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; The "rest of the kernel" for dangers/thinlto-promotion-import.ll: another
; translation unit that calls an ordinary helper of the kfunc's file and, like
; callers of crash_kexec, the kfunc itself. Pointer-free so that LLVM 14 reads
; it in its default typed-pointer mode.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare i64 @helper(i64)
declare i64 @demo_global_kfunc(i64)

define i64 @main() {
  %r = call i64 @helper(i64 1)
  %s = call i64 @demo_global_kfunc(i64 %r)
  ret i64 %s
}
