; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Danger: function specialization (part of IPSCCP since LLVM 16). When the
; visible calls pass constant function pointers, IPSCCP clones the callee per
; constant (`demo_for_each.specialized.N`), redirects the calls to the clones
; and deletes the original once nothing visible calls it: the kfunc is gone
; from the object, and BPF programs that call it fail to load. kfunc-preserve
; (set8 table only) must keep the original under its exact name, prototype
; and C calling convention, with its body unspecialized.
;
; What pinning does not stop (LLVM 19 and 22): the visible callers are still
; redirected to specialized clones (fastcc, without the constant argument),
; much as inlining would copy the body into them. BPF programs call the
; original, so this is harmless, but the callers no longer call the kfunc.
;
; Function specialization is gated by size heuristics that change between
; releases (LLVM 22 needs -funcspec-min-function-size lowered for a function
; this small); the same knob is passed with the plugin off and on.
; The LLVM 14 form (a separate pass, typed pointers) is
; function-specialization-typed.ll.
; REQUIRES: llvm-ge-19
;
; RUN: %opt -passes=ipsccp -funcspec-min-function-size=1 -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -kfunc-auto=false -funcspec-min-function-size=1 -passes='lto<O2>' -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -kfunc-auto=false -funcspec-min-function-size=1 -passes='lto<O3>' -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -passes='kfunc-preserve,ipsccp' -funcspec-min-function-size=1 -S %s | FileCheck %s --check-prefix=ON
; FullLTO-early registration (LLVM 15+) pins at the start of the link pipeline.
; RUN: %opt -funcspec-min-function-size=1 -passes='lto<O2>' -S %s 2>/dev/null | FileCheck %s --check-prefix=ON
; RUN: %opt -funcspec-min-function-size=1 -passes='lto<O3>' -S %s 2>/dev/null | FileCheck %s --check-prefix=ON
; RUN: %opt -funcspec-min-function-size=1 -passes='default<O3>' -S %s 2>/dev/null | FileCheck %s --check-prefix=ON
; RUN: %opt -passes='lto-pre-link<O2>' %s -o - 2>/dev/null \
; RUN:   | %opt -kfunc-auto=false -funcspec-min-function-size=1 -passes='lto<O3>' -S 2>/dev/null | FileCheck %s --check-prefix=ON

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

; ON:      define internal i32 @demo_for_each(ptr {{.*}}%op, i32 %n) #{{[0-9]+}} {
; ON-NOT:  define
; ON:        call i32 %op(i32 %acc)
define internal i32 @demo_for_each(ptr %op, i32 %n) noinline {
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

; The original is gone, its callers call clones.
; OFF-NOT:   define {{.*}} @demo_for_each(
; OFF-LABEL: define {{.*}}i32 @caller(i32 %n)
; OFF-NOT:     @demo_for_each(
; OFF:         call {{.*}}@demo_for_each.specialized.
; OFF-NOT:     @demo_for_each(
; OFF:         call {{.*}}@demo_for_each.specialized.
; OFF-NOT:   define {{.*}} @demo_for_each(
; OFF:       define internal {{.*}}@demo_for_each.specialized.
; OFF-NOT:   define {{.*}} @demo_for_each(
define i32 @caller(i32 %n) {
  %a = call i32 @demo_for_each(ptr @op_inc, i32 %n)
  %b = call i32 @demo_for_each(ptr @op_mul, i32 %n)
  %s = add i32 %a, %b
  ret i32 %s
}
