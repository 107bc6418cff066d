; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Danger: dead-argument elimination. A static kfunc whose body ignores an
; argument (the kernel selftests have exactly this: a static kfunc
; `bpf_kfunc_call_test_static_unused_arg(u32 arg, u32 unused)`) loses that
; argument, and an unused return value becomes void, when DAE sees every
; call; BPF programs, which call it through its BTF prototype, would then pass
; arguments the function no longer takes. `noinline` alone (what kernels
; before 6.3 wrote) does not stop this. kfunc-preserve finds both kfuncs only
; in the set8 table and must keep their exact signatures.
;
; RUN: %opt -passes=deadargelim -S %s | FileCheck %s --check-prefixes=OFF,OFF-DAE
; RUN: %opt -kfunc-auto=false -passes='default<O2>' -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -kfunc-auto=false -passes='lto-pre-link<O2>' -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -passes='kfunc-preserve,deadargelim' -S %s | FileCheck %s --check-prefix=ON
; RUN: %opt -passes='default<O2>' -S %s 2>/dev/null | FileCheck %s --check-prefix=ON
; RUN: %opt -passes='lto-pre-link<O2>' -S %s 2>/dev/null | FileCheck %s --check-prefix=ON
; RUN: %opt -passes='thinlto-pre-link<O2>' -S %s 2>/dev/null | FileCheck %s --check-prefix=ON
; RUN: %opt -passes='lto-pre-link<O2>' %s -o - 2>/dev/null \
; RUN:   | %opt -kfunc-auto=false -passes='lto<O2>' -S 2>/dev/null | FileCheck %s --check-prefix=ON
;
; Whether the callers' constant for the unused argument survives is not part
; of the guarantee (see limit-dae-poison-args.ll); the callee's prototype is.

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
module asm ".local __BTF_ID__func__demo_unused_arg__9101 ;"
module asm ".type  __BTF_ID__func__demo_unused_arg__9101, STT_OBJECT;"
module asm ".size  __BTF_ID__func__demo_unused_arg__9101, 4;"
module asm "__BTF_ID__func__demo_unused_arg__9101:"
module asm ".zero 4"
module asm ".long 0"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__func__demo_static_unused_arg__9102 ;"
module asm ".type  __BTF_ID__func__demo_static_unused_arg__9102, STT_OBJECT;"
module asm ".size  __BTF_ID__func__demo_static_unused_arg__9102, 4;"
module asm "__BTF_ID__func__demo_static_unused_arg__9102:"
module asm ".zero 4"
module asm ".long 0"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".size __BTF_ID__set8__demo_kfunc_ids, .-demo_kfunc_ids"
module asm ".popsection;"

@state = global i32 0

; A called static kfunc.
; OFF: define internal {{.*}}void @demo_unused_arg(i32 %arg) {{.*}}{
; ON:  define internal void @demo_unused_arg(i32 %arg, i32 %unused) #{{[0-9]+}} {
define internal void @demo_unused_arg(i32 %arg, i32 %unused) noinline {
  store volatile i32 %arg, ptr @state
  ret void
}

; An uncalled static kfunc, as in the selftests. The plain `deadargelim` run
; keeps it with a new type (void ()); the O2 pipelines delete it outright.
; OFF-NOT: define {{.*}} @demo_static_unused_arg(i32 %arg, i32 %unused)
; OFF-DAE: define internal void @demo_static_unused_arg() {{.*}}{
; ON:      define internal i32 @demo_static_unused_arg(i32 {{(returned )?}}%arg, i32 %unused) #{{[0-9]+}} {
; ON-NEXT:   ret i32 %arg
define internal i32 @demo_static_unused_arg(i32 %arg, i32 %unused) noinline {
  ret i32 %arg
}

; OFF-LABEL: define {{.*}}void @caller(i32 %x)
; OFF:         call {{.*}}void @demo_unused_arg(i32 %x)
; ON-LABEL:  define {{.*}}void @caller(i32 %x)
; ON:          call void @demo_unused_arg(i32 %x, i32 {{2|poison}})
define void @caller(i32 %x) {
  call void @demo_unused_arg(i32 %x, i32 2)
  ret void
}
