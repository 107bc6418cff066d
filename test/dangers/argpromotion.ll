; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Danger: argument promotion. A local function whose pointer argument is only
; loaded from gets the loaded value instead of the pointer (`i64 %p.0.val`; LLVM 14 names it `%p.val`),
; and its callers do the load. BPF programs pass the pointer the BTF
; prototype promises. `noinline` does not prevent it. kfunc-preserve (set8
; table only) must keep the pointer parameter.
; LLVM 14 (typed pointers) is argpromotion-typed.ll: its argpromotion does not
; handle opaque pointers.
; REQUIRES: opaque-pointers
;
; RUN: %opt -passes='cgscc(argpromotion)' -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -kfunc-auto=false -passes='default<O3>' -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -kfunc-auto=false -passes='lto<O2>' -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -passes='kfunc-preserve,cgscc(argpromotion)' -S %s | FileCheck %s --check-prefix=ON
; RUN: %opt -passes='default<O3>' -S %s 2>/dev/null | FileCheck %s --check-prefix=ON
; RUN: %opt -passes='lto-pre-link<O3>' -S %s 2>/dev/null | FileCheck %s --check-prefix=ON
; RUN: %opt -passes='thinlto-pre-link<O3>' -S %s 2>/dev/null | FileCheck %s --check-prefix=ON
; RUN: %opt -passes='lto-pre-link<O2>' %s -o - 2>/dev/null \
; RUN:   | %opt -kfunc-auto=false -passes='lto<O2>' -S 2>/dev/null | FileCheck %s --check-prefix=ON
; RUN: %opt -passes='thinlto-pre-link<O2>' %s -o - 2>/dev/null \
; RUN:   | %opt -kfunc-auto=false -passes='thinlto<O3>' -S 2>/dev/null | FileCheck %s --check-prefix=ON

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
module asm ".local __BTF_ID__func__demo_read__7101 ;"
module asm ".type  __BTF_ID__func__demo_read__7101, STT_OBJECT;"
module asm ".size  __BTF_ID__func__demo_read__7101, 4;"
module asm "__BTF_ID__func__demo_read__7101:"
module asm ".zero 4"
module asm ".long 0"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".size __BTF_ID__set8__demo_kfunc_ids, .-demo_kfunc_ids"
module asm ".popsection;"

; OFF:       define internal {{.*}}i64 @demo_read(i64 %p{{(.0)?}}.val)
; ON:        define internal i64 @demo_read(ptr {{.*}}%p) #{{[0-9]+}} {
; ON-NEXT:     load i64, ptr %p
define internal i64 @demo_read(ptr %p) noinline {
  %v = load i64, ptr %p
  %w = mul i64 %v, 3
  ret i64 %w
}

; OFF-LABEL: define {{.*}}i64 @caller(
; OFF:         load i64, ptr %q
; OFF:         call {{.*}}i64 @demo_read(i64 %q.val)
; ON-LABEL:  define {{.*}}i64 @caller(
; ON-NOT:      load
; ON:          call i64 @demo_read(ptr %q)
define i64 @caller(ptr %q) {
  %r = call i64 @demo_read(ptr %q)
  ret i64 %r
}
