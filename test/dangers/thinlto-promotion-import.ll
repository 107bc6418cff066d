; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Danger: ThinLTO. (1) A static kfunc called by a global function of its file
; gets promoted when the thin link imports that caller into another module: it
; becomes a global named `demo_static_kfunc.llvm.<hash>`, and BTF/
; resolve_btfids no longer find `demo_static_kfunc`. (2) A global kfunc that
; other modules call (like crash_kexec) is imported into them and inlined,
; and its own file's copy, inlined there at pre-link, has nothing left to keep
; it. kfunc-preserve runs in the pre-link compile (thinlto-pre-link<O2>,
; registered automatically) and finds both kfuncs only in the set8 table.
; With it, both keep their exact names, out of line, and the other module
; calls them (and the helper, which is no longer importable) instead of
; inlining.
;
; The thin link and backends are llvm-lto2 with explicit resolutions, as a
; linker would give them (hidden symbols: prevailing, not exported).
; This file and Inputs/dangers/thinlto-main.ll use no pointer types, so that
; %opt_typed (LLVM 14's default typed-pointer mode; the same as %opt on 15+)
; writes bitcode LLVM 14's llvm-lto2 reads.
;
; RUN: rm -rf %t && mkdir -p %t
; RUN: %opt_typed -thinlto-bc -kfunc-auto=false -passes='thinlto-pre-link<O2>' %S/../Inputs/dangers/thinlto-main.ll -o %t/main.bc
;
; Plugin off.
; RUN: %opt_typed -thinlto-bc -kfunc-auto=false -passes='thinlto-pre-link<O2>' %s -o %t/off.bc
; RUN: llvm-lto2 run %t/off.bc %t/main.bc -o %t/off \
; RUN:   -r %t/off.bc,demo_global_kfunc,p -r %t/off.bc,helper,p -r %t/off.bc,sink, \
; RUN:   -r %t/main.bc,helper, -r %t/main.bc,demo_global_kfunc, -r %t/main.bc,main,px
; RUN: llvm-nm %t/off.1 | FileCheck %s --check-prefix=OFF-KFUNC-FILE
; RUN: llvm-objdump -dr %t/off.2 | FileCheck %s --check-prefix=OFF-OTHER-FILE
;
; Plugin on; the link runs with and without the plugin (whose backends only
; audit).
; RUN: %opt_typed -thinlto-bc -passes='thinlto-pre-link<O2>' %s -o %t/on.bc 2>/dev/null
; RUN: llvm-lto2 run %t/on.bc %t/main.bc -o %t/on \
; RUN:   -r %t/on.bc,demo_global_kfunc,p -r %t/on.bc,helper,p -r %t/on.bc,sink, \
; RUN:   -r %t/main.bc,helper, -r %t/main.bc,demo_global_kfunc, -r %t/main.bc,main,px
; RUN: llvm-nm %t/on.1 | FileCheck %s --check-prefix=ON-KFUNC-FILE
; RUN: llvm-objdump -dr %t/on.2 | FileCheck %s --check-prefix=ON-OTHER-FILE
; RUN: llvm-lto2 run --load-pass-plugin=%plugin %t/on.bc %t/main.bc -o %t/on-plugin \
; RUN:   -r %t/on.bc,demo_global_kfunc,p -r %t/on.bc,helper,p -r %t/on.bc,sink, \
; RUN:   -r %t/main.bc,helper, -r %t/main.bc,demo_global_kfunc, -r %t/main.bc,main,px 2>/dev/null
; RUN: llvm-nm %t/on-plugin.1 | FileCheck %s --check-prefix=ON-KFUNC-FILE
; RUN: llvm-objdump -dr %t/on-plugin.2 | FileCheck %s --check-prefix=ON-OTHER-FILE
;
; OFF-KFUNC-FILE-NOT: {{ }}demo_static_kfunc{{$}}
; OFF-KFUNC-FILE:     T demo_static_kfunc.llvm.{{[0-9]+}}
; OFF-KFUNC-FILE-NOT: {{ }}demo_static_kfunc{{$}}
;
; The other module inlined helper and demo_global_kfunc, and calls the
; promoted static under its new name.
; OFF-OTHER-FILE-LABEL: <main>:
; OFF-OTHER-FILE-NOT:     R_X86_64_PLT32 {{helper|demo_global_kfunc}}
; OFF-OTHER-FILE:         R_X86_64_PLT32 demo_static_kfunc.llvm.{{[0-9]+}}
; OFF-OTHER-FILE-NOT:     R_X86_64_PLT32 {{helper|demo_global_kfunc}}
; OFF-OTHER-FILE:         R_X86_64_PLT32 sink
; OFF-OTHER-FILE-NOT:     R_X86_64_PLT32 {{helper|demo_global_kfunc}}
; OFF-OTHER-FILE:         R_X86_64_PLT32 sink
; OFF-OTHER-FILE-NOT:     R_X86_64_PLT32 {{helper|demo_global_kfunc}}
;
; ON-KFUNC-FILE-NOT: .llvm.
; ON-KFUNC-FILE:     T demo_global_kfunc{{$}}
; ON-KFUNC-FILE-NOT: .llvm.
; ON-KFUNC-FILE:     t demo_static_kfunc{{$}}
; ON-KFUNC-FILE-NOT: .llvm.
; ON-KFUNC-FILE:     T helper{{$}}
; ON-KFUNC-FILE-NOT: .llvm.
;
; ON-OTHER-FILE-LABEL: <main>:
; ON-OTHER-FILE-NOT:     {{demo_static_kfunc|sink}}
; ON-OTHER-FILE:         R_X86_64_PLT32 helper
; ON-OTHER-FILE-NOT:     {{demo_static_kfunc|sink}}
; ON-OTHER-FILE:         R_X86_64_PLT32 demo_global_kfunc
; ON-OTHER-FILE-NOT:     {{demo_static_kfunc|sink}}

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
module asm ".local __BTF_ID__func__demo_static_kfunc__3101 ;"
module asm ".type  __BTF_ID__func__demo_static_kfunc__3101, STT_OBJECT;"
module asm ".size  __BTF_ID__func__demo_static_kfunc__3101, 4;"
module asm "__BTF_ID__func__demo_static_kfunc__3101:"
module asm ".zero 4"
module asm ".long 0"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__func__demo_global_kfunc__3102 ;"
module asm ".type  __BTF_ID__func__demo_global_kfunc__3102, STT_OBJECT;"
module asm ".size  __BTF_ID__func__demo_global_kfunc__3102, 4;"
module asm "__BTF_ID__func__demo_global_kfunc__3102:"
module asm ".zero 4"
module asm ".long (1 << 6)"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".size __BTF_ID__set8__demo_kfunc_ids, .-demo_kfunc_ids"
module asm ".popsection;"

declare void @sink(i64)

; noinline, as kernels before 6.3 wrote some kfuncs.
define internal i64 @demo_static_kfunc(i64 %x) noinline {
  %r = add i64 %x, 7
  call void @sink(i64 %r)
  ret i64 %r
}

define hidden i64 @demo_global_kfunc(i64 %x) {
  %r = mul i64 %x, 3
  call void @sink(i64 %r)
  ret i64 %r
}

define hidden i64 @helper(i64 %x) {
  %a = call i64 @demo_static_kfunc(i64 %x)
  %b = call i64 @demo_global_kfunc(i64 %a)
  ret i64 %b
}
