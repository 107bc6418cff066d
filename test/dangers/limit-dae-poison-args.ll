; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Limit (not a danger, checked so that a change in LLVM shows up): pinning
; keeps a kfunc's prototype, but dead-argument elimination still replaces the
; arguments that ordinary C callers pass for parameters the body never reads
; with poison (LLVM 19 and 22; LLVM 14 keeps the caller's value). BPF
; programs are unaffected: they call the out-of-line function with their own
; arguments, and the body ignores that parameter anyway.
; REQUIRES: llvm-ge-19
;
; RUN: %opt -passes='kfunc-preserve,deadargelim' -S %s | FileCheck %s
; RUN: %opt -passes='default<O2>' -S %s 2>/dev/null | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local demo_kfunc_ids;"
module asm "demo_kfunc_ids:;"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__set8__demo_kfunc_ids;"
module asm "__BTF_ID__set8__demo_kfunc_ids:;"
module asm ".zero 4"
module asm ".long (1 << 0)"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__func__demo_unused_arg__9201 ;"
module asm ".type  __BTF_ID__func__demo_unused_arg__9201, STT_OBJECT;"
module asm ".size  __BTF_ID__func__demo_unused_arg__9201, 4;"
module asm "__BTF_ID__func__demo_unused_arg__9201:"
module asm ".zero 4"
module asm ".long 0"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".size __BTF_ID__set8__demo_kfunc_ids, .-demo_kfunc_ids"
module asm ".popsection;"

@state = global i32 0

; CHECK:     define void @demo_unused_arg(i32 %arg, i32 %unused) #{{[0-9]+}} {
define void @demo_unused_arg(i32 %arg, i32 %unused) {
  store volatile i32 %arg, ptr @state
  ret void
}

; CHECK-LABEL: define {{.*}}void @caller(i32 %x)
; CHECK:         call void @demo_unused_arg(i32 %x, i32 poison)
define void @caller(i32 %x) {
  call void @demo_unused_arg(i32 %x, i32 42)
  ret void
}
