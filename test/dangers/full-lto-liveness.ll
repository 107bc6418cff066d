; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Danger: a full-LTO final link. The linker tells LTO which symbols other
; objects need; hidden kfuncs that no C code calls are needed by none, so LTO
; internalizes and deletes them, and one that C code calls is inlined into its
; callers and deleted too. A static kfunc never reaches the link: the
; pre-link compile already deleted it. kfunc-preserve in the pre-link compile
; (lto-pre-link<O2>, registered automatically; set8 table only) keeps all
; three, out of line, under their names; the link may run with or without the
; plugin.
;
; This file and Inputs/dangers/full-lto-main.ll use no pointer types, so that
; %opt_typed (LLVM 14's default typed-pointer mode; the same as %opt on 15+)
; writes bitcode LLVM 14's llvm-lto2 reads. The plugin-only-at-link-time case
; is in limit-link-time-only.ll.
;
; RUN: rm -rf %t && mkdir -p %t
; RUN: %opt_typed -kfunc-auto=false -passes='lto-pre-link<O2>' %S/../Inputs/dangers/full-lto-main.ll -o %t/main.bc
;
; RUN: %opt_typed -kfunc-auto=false -passes='lto-pre-link<O2>' %s -o %t/off.bc
; RUN: llvm-lto2 run %t/off.bc %t/main.bc -o %t/off \
; RUN:   -r %t/off.bc,demo_uncalled_kfunc,p -r %t/off.bc,demo_called_kfunc,p -r %t/off.bc,helper,p -r %t/off.bc,sink, \
; RUN:   -r %t/main.bc,helper, -r %t/main.bc,demo_called_kfunc, -r %t/main.bc,main,px
; RUN: llvm-nm %t/off.0 | FileCheck %s --check-prefix=OFF-NM
; RUN: llvm-objdump -dr %t/off.0 | FileCheck %s --check-prefix=OFF-ASM
;
; RUN: %opt_typed -passes='lto-pre-link<O2>' %s -o %t/on.bc 2>/dev/null
; RUN: llvm-lto2 run %t/on.bc %t/main.bc -o %t/on \
; RUN:   -r %t/on.bc,demo_uncalled_kfunc,p -r %t/on.bc,demo_called_kfunc,p -r %t/on.bc,helper,p -r %t/on.bc,sink, \
; RUN:   -r %t/main.bc,helper, -r %t/main.bc,demo_called_kfunc, -r %t/main.bc,main,px
; RUN: llvm-nm %t/on.0 | FileCheck %s --check-prefix=ON-NM
; RUN: llvm-objdump -dr %t/on.0 | FileCheck %s --check-prefix=ON-ASM
; RUN: llvm-lto2 run --load-pass-plugin=%plugin %t/on.bc %t/main.bc -o %t/on-plugin \
; RUN:   -r %t/on.bc,demo_uncalled_kfunc,p -r %t/on.bc,demo_called_kfunc,p -r %t/on.bc,helper,p -r %t/on.bc,sink, \
; RUN:   -r %t/main.bc,helper, -r %t/main.bc,demo_called_kfunc, -r %t/main.bc,main,px 2>/dev/null
; RUN: llvm-nm %t/on-plugin.0 | FileCheck %s --check-prefix=ON-NM
; RUN: llvm-objdump -dr %t/on-plugin.0 | FileCheck %s --check-prefix=ON-ASM
;
; OFF-NM-NOT: {{ }}demo_{{[a-z]+}}_kfunc{{$}}
; OFF-NM:     T main
; OFF-NM-NOT: {{ }}demo_{{[a-z]+}}_kfunc{{$}}
;
; OFF-ASM-LABEL: <main>:
; OFF-ASM-NOT:     {{^[0-9a-f]+ <|demo_called_kfunc}}
; OFF-ASM:         R_X86_64_PLT32 sink
; OFF-ASM-NOT:     {{^[0-9a-f]+ <|demo_called_kfunc}}
; OFF-ASM:         R_X86_64_PLT32 sink
;
; The used list keeps the global kfuncs global (hidden) through LTO.
; ON-NM: T demo_called_kfunc{{$}}
; ON-NM: t demo_static_kfunc{{$}}
; ON-NM: T demo_uncalled_kfunc{{$}}
;
; main calls demo_called_kfunc twice (once through the inlined helper, once
; as a tail call) and contains no copy of its body (the call to sink).
; ON-ASM-LABEL: <main>:
; ON-ASM-NOT:     {{^[0-9a-f]+ <|sink}}
; ON-ASM:         R_X86_64_PLT32 demo_called_kfunc
; ON-ASM-NOT:     {{^[0-9a-f]+ <|sink}}
; ON-ASM:         R_X86_64_PLT32 demo_called_kfunc
; ON-ASM-NOT:     sink
; ON-ASM:         {{^[0-9a-f]+ <|Disassembly}}

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
module asm ".local __BTF_ID__func__demo_uncalled_kfunc__1101 ;"
module asm ".type  __BTF_ID__func__demo_uncalled_kfunc__1101, STT_OBJECT;"
module asm ".size  __BTF_ID__func__demo_uncalled_kfunc__1101, 4;"
module asm "__BTF_ID__func__demo_uncalled_kfunc__1101:"
module asm ".zero 4"
module asm ".long (1 << 0) | (1 << 2)"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__func__demo_static_kfunc__1102 ;"
module asm ".type  __BTF_ID__func__demo_static_kfunc__1102, STT_OBJECT;"
module asm ".size  __BTF_ID__func__demo_static_kfunc__1102, 4;"
module asm "__BTF_ID__func__demo_static_kfunc__1102:"
module asm ".zero 4"
module asm ".long 0"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__func__demo_called_kfunc__1103 ;"
module asm ".type  __BTF_ID__func__demo_called_kfunc__1103, STT_OBJECT;"
module asm ".size  __BTF_ID__func__demo_called_kfunc__1103, 4;"
module asm "__BTF_ID__func__demo_called_kfunc__1103:"
module asm ".zero 4"
module asm ".long (1 << 6)"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".size __BTF_ID__set8__demo_kfunc_ids, .-demo_kfunc_ids"
module asm ".popsection;"

declare void @sink(i64)

define hidden i64 @demo_uncalled_kfunc(i64 %x) {
  %r = add i64 %x, 1
  call void @sink(i64 %r)
  ret i64 %r
}

define internal i64 @demo_static_kfunc(i64 %x) {
  %r = add i64 %x, 2
  call void @sink(i64 %r)
  ret i64 %r
}

define hidden i64 @demo_called_kfunc(i64 %x) {
  %r = mul i64 %x, 3
  call void @sink(i64 %r)
  ret i64 %r
}

define hidden i64 @helper(i64 %x) {
  %r = call i64 @demo_called_kfunc(i64 %x)
  ret i64 %r
}
