; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Danger: GlobalOpt changes the calling convention of a local function whose
; every use is a visible direct call to `fastcc` (and marks it unnamed_addr).
; BPF programs call kfuncs with the C calling convention the BTF prototype
; describes. `noinline` does not prevent it. kfunc-preserve (set8 table only)
; must keep the C calling convention.
;
; RUN: %opt -passes=globalopt -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -kfunc-auto=false -passes='default<O2>' -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -kfunc-auto=false -passes='lto-pre-link<O2>' -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -kfunc-auto=false -passes='thinlto-pre-link<O2>' -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -kfunc-auto=false -passes='lto<O2>' -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -passes='kfunc-preserve,globalopt' -S %s | FileCheck %s --check-prefix=ON
; RUN: %opt -passes='default<O2>' -S %s 2>/dev/null | FileCheck %s --check-prefix=ON
; RUN: %opt -passes='lto-pre-link<O2>' -S %s 2>/dev/null | FileCheck %s --check-prefix=ON
; RUN: %opt -passes='thinlto-pre-link<O2>' -S %s 2>/dev/null | FileCheck %s --check-prefix=ON
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
module asm ".local __BTF_ID__func__demo_cc__6101 ;"
module asm ".type  __BTF_ID__func__demo_cc__6101, STT_OBJECT;"
module asm ".size  __BTF_ID__func__demo_cc__6101, 4;"
module asm "__BTF_ID__func__demo_cc__6101:"
module asm ".zero 4"
module asm ".long 0"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".size __BTF_ID__set8__demo_kfunc_ids, .-demo_kfunc_ids"
module asm ".popsection;"

@state = global i64 0

; OFF:      define internal fastcc {{.*}}@demo_cc(
; ON:       define internal i64 @demo_cc(i64 %a, i64 %b, i64 %c) #{{[0-9]+}} {
; ON-NOT:   unnamed_addr
; ON-LABEL: define {{.*}}@caller(
; ON-NOT:     fastcc
; ON:         call i64 @demo_cc(i64 %x, i64 %y, i64 %z)
; ON-NOT:     fastcc
; OFF-LABEL: define {{.*}}@caller(
; OFF:         call fastcc {{.*}}@demo_cc(
define internal i64 @demo_cc(i64 %a, i64 %b, i64 %c) noinline {
  %s = add i64 %a, %b
  %t = xor i64 %s, %c
  store volatile i64 %t, ptr @state
  ret i64 %t
}

define i64 @caller(i64 %x, i64 %y, i64 %z) {
  %r = call i64 @demo_cc(i64 %x, i64 %y, i64 %z)
  ret i64 %r
}
