; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Existing @llvm.used and @llvm.compiler.used contents are kept, in order;
; a kfunc already in @llvm.used is not added twice; a kfunc only in
; @llvm.compiler.used is added to @llvm.used (the default target).
; RUN: %opt -passes=kfunc-preserve -kfunc=kf_new,kf_in_used,kf_in_cused,kf_data -S %s | FileCheck %s
; RUN: %opt -passes=kfunc-preserve,verify -kfunc=kf_new,kf_in_used,kf_in_cused -disable-output %s

@data = global i32 0
@cdata = internal global i32 0
@llvm.used = appending global [2 x ptr] [ptr @data, ptr @kf_in_used], section "llvm.metadata"
@llvm.compiler.used = appending global [2 x ptr] [ptr @cdata, ptr @kf_in_cused], section "llvm.metadata"

; CHECK-DAG: @llvm.used = appending global [4 x ptr] [ptr @data, ptr @kf_in_used, ptr @kf_new, ptr @kf_in_cused], section "llvm.metadata"
; CHECK-DAG: @llvm.compiler.used = appending global [2 x ptr] [ptr @cdata, ptr @kf_in_cused], section "llvm.metadata"

; CHECK: define void @kf_new() #[[PIN:[0-9]+]] {
define void @kf_new() {
  ret void
}
; kf_in_used was already noinline and used: the front end's __bpf_kfunc.
; CHECK: define void @kf_in_used() #[[PIN]] {
define void @kf_in_used() noinline {
  ret void
}
; CHECK: define internal void @kf_in_cused() #[[PIN]] {
define internal void @kf_in_cused() {
  ret void
}

; CHECK: attributes #[[PIN]] = { noinline }
; CHECK: !{!"kfunc.v1", !"name", !"kf_new", !"sources", !"list", !"state", !"pinned", !"type", !"void ()", !"cc", i64 0, !"front-end", !"",
; CHECK: !{!"kfunc.v1", !"name", !"kf_in_used", !"sources", !"list", !"state", !"already-pinned", !"type", !"void ()", !"cc", i64 0, !"front-end", !"noinline,used",
; CHECK: !{!"kfunc.v1", !"name", !"kf_in_cused", !"sources", !"list", !"state", !"pinned", !"type", !"void ()", !"cc", i64 0, !"front-end", !"compiler-used",
