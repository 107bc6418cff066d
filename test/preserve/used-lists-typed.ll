; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Existing used lists in LLVM 14's typed-pointer form (i8* bitcasts): their
; entries are kept, a kfunc already listed is recognized behind its bitcast
; and not added again, new entries get bitcasts too, and the output verifies.
; REQUIRES: typed-pointers-default
; RUN: %opt_typed -passes=kfunc-preserve -kfunc=kf_new,kf_in_used,kf_in_cused -S %s | FileCheck %s
; RUN: %opt_typed -passes=kfunc-preserve,verify -kfunc=kf_new,kf_in_used,kf_in_cused -disable-output %s
; RUN: %opt_typed -passes=kfunc-preserve -kfunc-used-list=compiler-used -kfunc=kf_new,kf_in_used,kf_in_cused -S %s | FileCheck %s --check-prefix=CU
; RUN: %opt_typed -passes=kfunc-preserve,kfunc-preserve -kfunc=kf_new,kf_in_used,kf_in_cused -S < %s > %t.twice.ll
; RUN: %opt_typed -passes=kfunc-preserve -kfunc=kf_new,kf_in_used,kf_in_cused -S < %s > %t.once.ll
; RUN: diff %t.once.ll %t.twice.ll

@data = global i32 0
@llvm.used = appending global [2 x i8*] [i8* bitcast (i32* @data to i8*), i8* bitcast (void ()* @kf_in_used to i8*)], section "llvm.metadata"
@llvm.compiler.used = appending global [1 x i8*] [i8* bitcast (i32 (i32*)* @kf_in_cused to i8*)], section "llvm.metadata"

define void @kf_new() {
  ret void
}
define void @kf_in_used() noinline {
  ret void
}
define internal i32 @kf_in_cused(i32* %p) {
  ret i32 0
}

; CHECK-DAG: @llvm.used = appending global [4 x i8*] [i8* bitcast (i32* @data to i8*), i8* bitcast (void ()* @kf_in_used to i8*), i8* bitcast (void ()* @kf_new to i8*), i8* bitcast (i32 (i32*)* @kf_in_cused to i8*)], section "llvm.metadata"
; CHECK-DAG: @llvm.compiler.used = appending global [1 x i8*] [i8* bitcast (i32 (i32*)* @kf_in_cused to i8*)], section "llvm.metadata"
; CHECK-DAG: !{!"kfunc.v1", !"name", !"kf_in_used", !"sources", !"list", !"state", !"already-pinned", !"type", !"void ()", !"cc", i64 0, !"front-end", !"noinline,used",
; CHECK-DAG: !{!"kfunc.v1", !"name", !"kf_in_cused", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (ptr)", !"cc", i64 0, !"front-end", !"compiler-used",

; CU-DAG: @llvm.used = appending global [2 x i8*] [i8* bitcast (i32* @data to i8*), i8* bitcast (void ()* @kf_in_used to i8*)], section "llvm.metadata"
; CU-DAG: @llvm.compiler.used = appending global [2 x i8*] [i8* bitcast (i32 (i32*)* @kf_in_cused to i8*), i8* bitcast (void ()* @kf_new to i8*)], section "llvm.metadata"
