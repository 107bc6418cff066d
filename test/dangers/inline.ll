; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Danger: inlining. A kfunc is called by BPF programs through BTF, which the
; compiler cannot see; if ordinary code also calls it (crash_kexec,
; tcp_slow_start), the inliner copies its body into those callers, and a
; static one that ends up without callers is deleted. kfunc-preserve, which
; finds both kfuncs only in the set8 table below (no annotation, no noinline),
; must leave an out-of-line definition under the exact name and signature,
; and the call sites must stay calls.
;
; Plugin off: -passes=inline, and the standard pipelines with -kfunc-auto=false.
; RUN: %opt -passes=inline -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -kfunc-auto=false -passes='default<O2>' -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -kfunc-auto=false -passes='lto-pre-link<O2>' -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -kfunc-auto=false -passes='thinlto-pre-link<O2>' -S %s | FileCheck %s --check-prefix=OFF
;
; Plugin on: explicitly before the inliner, and registered automatically at
; the start of each standard pipeline.
; RUN: %opt -passes='kfunc-preserve,inline' -S %s | FileCheck %s --check-prefix=ON
; RUN: %opt -passes='default<O2>' -S %s 2>/dev/null | FileCheck %s --check-prefix=ON
; RUN: %opt -passes='default<O3>' -S %s 2>/dev/null | FileCheck %s --check-prefix=ON
; RUN: %opt -passes='lto-pre-link<O2>' -S %s 2>/dev/null | FileCheck %s --check-prefix=ON
; RUN: %opt -passes='thinlto-pre-link<O2>' -S %s 2>/dev/null | FileCheck %s --check-prefix=ON
; A pre-linked module stays intact through the full-LTO link pipeline.
; RUN: %opt -passes='lto-pre-link<O2>' %s -o - 2>/dev/null \
; RUN:   | %opt -kfunc-auto=false -passes='lto<O2>' -S 2>/dev/null | FileCheck %s --check-prefix=ON
; RUN: %opt -passes='thinlto-pre-link<O2>' %s -o - 2>/dev/null \
; RUN:   | %opt -kfunc-auto=false -passes='thinlto<O2>' -S 2>/dev/null | FileCheck %s --check-prefix=ON

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
module asm ".local __BTF_ID__func__demo_crash_kexec__7101 ;"
module asm ".type  __BTF_ID__func__demo_crash_kexec__7101, STT_OBJECT;"
module asm ".size  __BTF_ID__func__demo_crash_kexec__7101, 4;"
module asm "__BTF_ID__func__demo_crash_kexec__7101:"
module asm ".zero 4"
module asm ".long (1 << 6)"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__func__demo_static_kfunc__8102 ;"
module asm ".type  __BTF_ID__func__demo_static_kfunc__8102, STT_OBJECT;"
module asm ".size  __BTF_ID__func__demo_static_kfunc__8102, 4;"
module asm "__BTF_ID__func__demo_static_kfunc__8102:"
module asm ".zero 4"
module asm ".long 0"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".size __BTF_ID__set8__demo_kfunc_ids, .-demo_kfunc_ids"
module asm ".popsection;"

@state = global i32 0

; OFF-LABEL: define {{.*}}void @demo_crash_kexec(i32 %v)
; ON:        define void @demo_crash_kexec(i32 %v) #[[KEXEC:[0-9]+]] {
; ON-NEXT:     store volatile i32 %v, ptr @state
define void @demo_crash_kexec(i32 %v) nounwind {
  store volatile i32 %v, ptr @state
  ret void
}

; A static kfunc with an inline hint, as a `static inline` helper would have.
; OFF-NOT:  @demo_static_kfunc(
; ON:       define internal i32 @demo_static_kfunc(i32 %v) #[[STATIC:[0-9]+]] {
; ON-NEXT:    add i32 %v, 1
define internal i32 @demo_static_kfunc(i32 %v) inlinehint {
  %r = add i32 %v, 1
  ret i32 %r
}

; Ordinary kernel code calling the kfuncs.
; OFF-LABEL: define {{.*}}void @panic_path(i32 %v)
; OFF-NOT:     call
; OFF:         store volatile i32 %v, ptr @state
; OFF-NOT:     call
; OFF:         ret void
; ON-LABEL:  define {{.*}}void @panic_path(i32 %v)
; ON-NOT:      store
; ON:          call void @demo_crash_kexec(i32 %v)
; ON-NOT:      store
; ON:          ret void
define void @panic_path(i32 %v) {
  call void @demo_crash_kexec(i32 %v)
  ret void
}

; OFF-LABEL: define {{.*}}i32 @other(i32 %v)
; OFF-NOT:     call
; OFF:         add i32 %v, 1
; OFF-NOT:     @demo_static_kfunc
; ON-LABEL:  define {{.*}}i32 @other(i32 %v)
; ON-NOT:      add i32
; ON:          call i32 @demo_static_kfunc(i32 %v)
define i32 @other(i32 %v) {
  %r = call i32 @demo_static_kfunc(i32 %v)
  ret i32 %r
}

; ON-DAG: attributes #[[KEXEC]] = { {{.*}}noinline{{.*}} }
; ON-DAG: attributes #[[STATIC]] = { {{.*}}noinline{{.*}} }
; ON-NOT: inlinehint
