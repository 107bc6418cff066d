; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Danger: interprocedural constant propagation (IPSCCP). When every call the
; compiler can see passes the same constant, IPSCCP folds that constant into
; the callee's body, and when the return value is a constant it folds it into
; the callers and turns the callee's `ret` into undef/poison. For a kfunc, the
; calls the compiler sees are not all the calls: BPF programs pass other
; values and read the result. kfunc-preserve (set8 table only, no
; annotation) must keep both bodies as written. `noinline` alone does not
; help.
;
; RUN: %opt -passes=ipsccp -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -kfunc-auto=false -passes='default<O2>' -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -kfunc-auto=false -passes='lto-pre-link<O2>' -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -kfunc-auto=false -passes='lto<O2>' -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -passes='kfunc-preserve,ipsccp' -S %s | FileCheck %s --check-prefix=ON
; RUN: %opt -passes='default<O2>' -S %s 2>/dev/null | FileCheck %s --check-prefix=ON
; RUN: %opt -passes='lto-pre-link<O2>' -S %s 2>/dev/null | FileCheck %s --check-prefix=ON
; RUN: %opt -passes='thinlto-pre-link<O2>' -S %s 2>/dev/null | FileCheck %s --check-prefix=ON
; RUN: %opt -passes='lto-pre-link<O2>' %s -o - 2>/dev/null \
; RUN:   | %opt -kfunc-auto=false -passes='lto<O2>' -S 2>/dev/null | FileCheck %s --check-prefix=ON

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
module asm ".local __BTF_ID__func__demo_scale__4101 ;"
module asm ".type  __BTF_ID__func__demo_scale__4101, STT_OBJECT;"
module asm ".size  __BTF_ID__func__demo_scale__4101, 4;"
module asm "__BTF_ID__func__demo_scale__4101:"
module asm ".zero 4"
module asm ".long 0"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__func__demo_status__4102 ;"
module asm ".type  __BTF_ID__func__demo_status__4102, STT_OBJECT;"
module asm ".size  __BTF_ID__func__demo_status__4102, 4;"
module asm "__BTF_ID__func__demo_status__4102:"
module asm ".zero 4"
module asm ".long 0"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".size __BTF_ID__set8__demo_kfunc_ids, .-demo_kfunc_ids"
module asm ".popsection;"

@g = global i32 5

; Every visible call passes %n = 3.
; OFF:      define internal {{.*}}i32 @demo_scale(i32 %v{{(, i32 %n)?}})
; OFF-NEXT:   mul i32 %v, 3
; ON:       define internal i32 @demo_scale(i32 %v, i32 %n) #{{[0-9]+}} {
; ON-NEXT:    mul i32 {{%v, %n|%n, %v}}
; ON-NEXT:    ret i32
define internal i32 @demo_scale(i32 %v, i32 %n) noinline {
  %w = mul i32 %v, %n
  ret i32 %w
}

; Every visible call passes @g, and nobody visible needs the result.
; OFF:      define internal {{.*}}@demo_status(
; OFF-NEXT:   store volatile i32 1, ptr @g
; OFF-NEXT:   ret {{void|i32 undef|i32 poison}}
; ON:       define internal {{(noundef )?}}i32 @demo_status(ptr {{[a-z_ ()]*}}%p) #{{[0-9]+}} {
; ON-NEXT:    store volatile i32 1, ptr %p
; ON-NEXT:    ret i32 0
define internal i32 @demo_status(ptr %p) noinline {
  store volatile i32 1, ptr %p
  ret i32 0
}

; ON-LABEL: define {{.*}}i32 @caller(i32 %x, i32 %y)
; ON:         call i32 @demo_scale(i32 %x, i32 3)
; ON:         call i32 @demo_scale(i32 %y, i32 3)
; ON:         call i32 @demo_status(ptr {{(nonnull )?}}@g)
define i32 @caller(i32 %x, i32 %y) {
  %a = call i32 @demo_scale(i32 %x, i32 3)
  %b = call i32 @demo_scale(i32 %y, i32 3)
  %s = add i32 %a, %b
  %st = call i32 @demo_status(ptr @g)
  %r = add i32 %s, %st
  ret i32 %r
}
