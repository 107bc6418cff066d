; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Danger: function specialization, LLVM 14 form (a separate pass behind
; -enable-function-specialization, typed pointers). See
; function-specialization.ll for the danger. The knob that forces
; specialization of a function this small is passed with the plugin off and
; on. On LLVM 14 a pinned kfunc is not specialized at all: its callers still
; call it (LLVM 19 and 22 specialize the callers anyway).
; REQUIRES: typed-pointers-default
;
; RUN: %opt_typed -passes='function-specialization,globaldce' -force-function-specialization -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt_typed -kfunc-auto=false -enable-function-specialization -force-function-specialization -passes='default<O3>' -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt_typed -kfunc-auto=false -enable-function-specialization -force-function-specialization -passes='lto<O3>' -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt_typed -passes='kfunc-preserve,function-specialization,globaldce' -force-function-specialization -S %s | FileCheck %s --check-prefix=ON
; RUN: %opt_typed -enable-function-specialization -force-function-specialization -passes='default<O3>' -S %s 2>/dev/null | FileCheck %s --check-prefix=ON
; RUN: %opt_typed -passes='lto-pre-link<O3>' %s -o - 2>/dev/null \
; RUN:   | %opt_typed -kfunc-auto=false -enable-function-specialization -force-function-specialization -passes='lto<O3>' -S 2>/dev/null \
; RUN:   | FileCheck %s --check-prefix=ON

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
module asm ".local __BTF_ID__func__demo_for_each__5101 ;"
module asm ".type  __BTF_ID__func__demo_for_each__5101, STT_OBJECT;"
module asm ".size  __BTF_ID__func__demo_for_each__5101, 4;"
module asm "__BTF_ID__func__demo_for_each__5101:"
module asm ".zero 4"
module asm ".long 0"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".size __BTF_ID__set8__demo_kfunc_ids, .-demo_kfunc_ids"
module asm ".popsection;"

define internal i32 @op_inc(i32 %x) {
  %r = add i32 %x, 1
  ret i32 %r
}

define internal i32 @op_mul(i32 %x) {
  %r = mul i32 %x, 7
  ret i32 %r
}

; ON:      define internal i32 @demo_for_each(i32 (i32)* {{.*}}%op, i32 %n) #{{[0-9]+}} {
; ON-NOT:  define
; ON:        call i32 %op(i32 %acc)
define internal i32 @demo_for_each(i32 (i32)* %op, i32 %n) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
  %acc = phi i32 [ 0, %entry ], [ %acc.next, %loop ]
  %v = call i32 %op(i32 %acc)
  %acc.next = add i32 %v, %i
  %i.next = add i32 %i, 1
  %c = icmp slt i32 %i.next, %n
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %acc.next
}

; ON-LABEL: define {{.*}}i32 @caller(i32 %n)
; ON:         call i32 @demo_for_each(i32 (i32)* {{(nonnull )?}}@op_inc, i32 %n)
; ON:         call i32 @demo_for_each(i32 (i32)* {{(nonnull )?}}@op_mul, i32 %n)
; ON-NOT:   define {{.*}}@demo_for_each.
; OFF-NOT:   define {{.*}} @demo_for_each(
; OFF-LABEL: define {{.*}}i32 @caller(i32 %n)
; OFF-NOT:     @demo_for_each(
; OFF:         call {{.*}}@demo_for_each.{{[0-9]+}}(
; OFF-NOT:     @demo_for_each(
; OFF:         call {{.*}}@demo_for_each.{{[0-9]+}}(
; OFF-NOT:   define {{.*}} @demo_for_each(
; OFF:       define internal {{.*}}@demo_for_each.{{[0-9]+}}(
; OFF-NOT:   define {{.*}} @demo_for_each(
define i32 @caller(i32 %n) {
  %a = call i32 @demo_for_each(i32 (i32)* @op_inc, i32 %n)
  %b = call i32 @demo_for_each(i32 (i32)* @op_mul, i32 %n)
  %s = add i32 %a, %b
  ret i32 %s
}
