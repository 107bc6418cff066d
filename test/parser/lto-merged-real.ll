; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; The asm of a module merged by LTO, as LTO itself makes it (llvm-lto2 with
; -save-temps; the merged module before optimization is *.0.0.preopt.bc):
; every module's asm preceded by `.lto_discard`. The kfuncs of both modules
; are found with their own sets. Pointer-free IR and %opt_typed, so that
; LLVM 14's tools read it as well.
; RUN: rm -rf %t && mkdir %t
; RUN: llvm-as %s -o %t/a.bc
; RUN: llvm-as %S/../Inputs/preserve/lto-merged-b.ll -o %t/b.bc
; RUN: llvm-lto2 run %t/a.bc %t/b.bc -o %t/out -save-temps -r=%t/a.bc,kf_a,px -r=%t/b.bc,kf_b,px
; RUN: llvm-dis %t/out.0.0.preopt.bc -o - | FileCheck %s --check-prefix=MERGED
; RUN: %opt_typed -passes=kfunc-preserve -S %t/out.0.0.preopt.bc 2>%t/err | FileCheck %s
; RUN: count 0 < %t/err

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

module asm ".pushsection .BTF_ids,\22a\22; .local set_a; set_a:; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__set8__set_a:; .zero 4; .long (1 << 0); .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_a__1:; .zero 4; .long (1 << 2); .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; .size __BTF_ID__set8__set_a, .-set_a; .popsection;"

define void @kf_a() {
  ret void
}

; MERGED: module asm ".lto_discard"
; MERGED-NEXT: module asm {{.*}}set_a
; MERGED: module asm ".lto_discard"
; MERGED-NEXT: module asm {{.*}}set_b

; CHECK: @llvm.used = appending global [2 x {{ptr|i8\*}}] [{{.*}}@kf_a{{.*}}, {{.*}}@kf_b{{.*}}], section "llvm.metadata"
; CHECK-DAG: !{!"set_a", !"set8", i64 1, i64 4, !"(1 << 2)"}
; CHECK-DAG: !{!"set_b", !"set8", i64 1, i64 2, !"(1 << 1)"}
