; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Danger: internalize + GlobalDCE in a whole-program view. Nothing in C calls
; a kfunc that only BPF programs use; the set table names it only in asm,
; which the compiler does not count as a use. Once the link internalizes
; everything but the entry points, GlobalDCE deletes it (and a static one is
; deleted even without internalize). kfunc-preserve (set8 table only) puts
; both in @llvm.used: internalize keeps the global one public, GlobalDCE keeps
; both. With used-list=compiler-used (@llvm.compiler.used) the global one is
; internalized but still kept under its name.
;
; RUN: %opt -passes='internalize,globaldce' -internalize-public-api-list=main -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -kfunc-auto=false -passes='lto-pre-link<O2>' %s -o - \
; RUN:   | %opt -kfunc-auto=false -passes='internalize,lto<O2>' -internalize-public-api-list=main -S \
; RUN:   | FileCheck %s --check-prefix=OFF
; RUN: %opt -kfunc-auto=false -passes='default<O2>' -S %s | FileCheck %s --check-prefix=OFF-STATIC
;
; RUN: %opt -passes='kfunc-preserve,internalize,globaldce' -internalize-public-api-list=main -S %s \
; RUN:   | FileCheck %s --check-prefixes=ON,ON-USED
; RUN: %opt -passes='kfunc-preserve<used-list=compiler-used>,internalize,globaldce' -internalize-public-api-list=main -S %s \
; RUN:   | FileCheck %s --check-prefixes=ON,ON-COMPILER-USED
; RUN: %opt -passes='lto-pre-link<O2>' %s -o - 2>/dev/null \
; RUN:   | %opt -kfunc-auto=false -passes='internalize,lto<O2>' -internalize-public-api-list=main -S \
; RUN:   | FileCheck %s --check-prefixes=ON,ON-USED
; RUN: %opt -passes='default<O2>' -S %s 2>/dev/null | FileCheck %s --check-prefixes=ON,ON-USED

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
module asm ".local __BTF_ID__func__demo_uncalled_kfunc__2101 ;"
module asm ".type  __BTF_ID__func__demo_uncalled_kfunc__2101, STT_OBJECT;"
module asm ".size  __BTF_ID__func__demo_uncalled_kfunc__2101, 4;"
module asm "__BTF_ID__func__demo_uncalled_kfunc__2101:"
module asm ".zero 4"
module asm ".long (1 << 0) | (1 << 2)"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__func__demo_static_kfunc__2102 ;"
module asm ".type  __BTF_ID__func__demo_static_kfunc__2102, STT_OBJECT;"
module asm ".size  __BTF_ID__func__demo_static_kfunc__2102, 4;"
module asm "__BTF_ID__func__demo_static_kfunc__2102:"
module asm ".zero 4"
module asm ".long 0"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".size __BTF_ID__set8__demo_kfunc_ids, .-demo_kfunc_ids"
module asm ".popsection;"

; OFF-NOT:          @demo_uncalled_kfunc(
; OFF-NOT:          @demo_static_kfunc(
; OFF-STATIC-NOT:   @demo_static_kfunc(
; ON-USED:          define hidden i32 @demo_uncalled_kfunc(i32 %x) #{{[0-9]+}} {
; ON-COMPILER-USED: define internal i32 @demo_uncalled_kfunc(i32 %x) #{{[0-9]+}} {
; ON-NEXT:            add i32 %x, 1
define hidden i32 @demo_uncalled_kfunc(i32 %x) {
  %r = add i32 %x, 1
  ret i32 %r
}

; ON:               define internal i32 @demo_static_kfunc(i32 %x) #{{[0-9]+}} {
; ON-NEXT:            add i32 %x, 2
define internal i32 @demo_static_kfunc(i32 %x) {
  %r = add i32 %x, 2
  ret i32 %r
}

; OFF: define {{.*}}i32 @main()
; OFF-NOT: @demo_
define i32 @main() {
  ret i32 0
}
