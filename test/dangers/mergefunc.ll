; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Danger: MergeFunctions (off by default; `-mllvm -enable-merge-functions`,
; or -passes=mergefunc). Two kfuncs with identical bodies are merged: the
; local one is deleted and its callers redirected, so BPF programs lose it.
; kfunc-preserve (set8 table only) keeps it under its name and prototype.
;
; Limit, checked here so that a change in LLVM shows up: the pinned kfunc's
; body is still replaced by a thunk that tail-calls its twin. That is still a
; correct, callable function under the right name and prototype, but its
; code is no longer its own, and its ordinary callers are redirected to the
; twin.
;
; RUN: %opt -passes=mergefunc -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -passes='kfunc-preserve,mergefunc' -S %s | FileCheck %s --check-prefix=ON
; RUN: %opt -kfunc-auto=false -enable-merge-functions -passes='default<O2>' -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -enable-merge-functions -passes='default<O2>' -S %s 2>/dev/null | FileCheck %s --check-prefix=ON

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
module asm ".local __BTF_ID__func__demo_twin_a__8101 ;"
module asm ".type  __BTF_ID__func__demo_twin_a__8101, STT_OBJECT;"
module asm ".size  __BTF_ID__func__demo_twin_a__8101, 4;"
module asm "__BTF_ID__func__demo_twin_a__8101:"
module asm ".zero 4"
module asm ".long 0"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__func__demo_twin_b__8102 ;"
module asm ".type  __BTF_ID__func__demo_twin_b__8102, STT_OBJECT;"
module asm ".size  __BTF_ID__func__demo_twin_b__8102, 4;"
module asm "__BTF_ID__func__demo_twin_b__8102:"
module asm ".zero 4"
module asm ".long 0"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".size __BTF_ID__set8__demo_kfunc_ids, .-demo_kfunc_ids"
module asm ".popsection;"

@state = global i64 0

; OFF-NOT: @demo_twin_b
; OFF:     define {{.*}}i64 @demo_twin_a(i64 %x)
; OFF-NOT: @demo_twin_b
; ON:      define i64 @demo_twin_a(i64 %x) #{{[0-9]+}} {
define i64 @demo_twin_a(i64 %x) {
  %o = load volatile i64, ptr @state
  %r = add i64 %x, %o
  %s = mul i64 %r, %r
  store volatile i64 %s, ptr @state
  ret i64 %s
}

define internal i64 @demo_twin_b(i64 %x) {
  %o = load volatile i64, ptr @state
  %r = add i64 %x, %o
  %s = mul i64 %r, %r
  store volatile i64 %s, ptr @state
  ret i64 %s
}

; OFF-LABEL: define {{.*}}i64 @user(i64 %{{x|0}})
; OFF:         call i64 @demo_twin_a(i64 %{{x|0}})
; OFF-NOT:   @demo_twin_b
define i64 @user(i64 %x) {
  %a = call i64 @demo_twin_b(i64 %x)
  ret i64 %a
}

; The thunk comes last.
; ON:      define internal i64 @demo_twin_b(i64 %0) #{{[0-9]+}} {
; ON-NEXT:   tail call i64 @demo_twin_a(i64 %0)
; ON-NEXT:   ret i64
