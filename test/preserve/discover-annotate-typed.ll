; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Source `annotate` in LLVM 14's default typed-pointer IR, as clang-14 emits
; it: the function behind a bitcast, the string behind a getelementptr. The
; used list gets i8* bitcasts and stays valid.
; REQUIRES: typed-pointers-default
; RUN: %opt_typed -passes=kfunc-preserve -S %s | FileCheck %s
; RUN: %opt_typed -passes=kfunc-preserve,verify -disable-output %s

@.str = private unnamed_addr constant [10 x i8] c"bpf_kfunc\00", section "llvm.metadata"
@.str.1 = private unnamed_addr constant [6 x i8] c"ann.c\00", section "llvm.metadata"
@.str.2 = private unnamed_addr constant [6 x i8] c"other\00", section "llvm.metadata"
@llvm.global.annotations = appending global [3 x { i8*, i8*, i8*, i32, i8* }] [{ i8*, i8*, i8*, i32, i8* } { i8* bitcast (i32 (i32*)* @kf_global to i8*), i8* getelementptr inbounds ([10 x i8], [10 x i8]* @.str, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @.str.1, i32 0, i32 0), i32 3, i8* null }, { i8*, i8*, i8*, i32, i8* } { i8* bitcast (i64 (i64)* @kf_static to i8*), i8* getelementptr inbounds ([10 x i8], [10 x i8]* @.str, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @.str.1, i32 0, i32 0), i32 4, i8* null }, { i8*, i8*, i8*, i32, i8* } { i8* bitcast (i32 ()* @not_kfunc to i8*), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @.str.2, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @.str.1, i32 0, i32 0), i32 5, i8* null }], section "llvm.metadata"

; CHECK: @llvm.used = appending global [2 x i8*] [i8* bitcast (i32 (i32*)* @kf_global to i8*), i8* bitcast (i64 (i64)* @kf_static to i8*)], section "llvm.metadata"

; CHECK: define dso_local i32 @kf_global(i32* %p) #[[PIN:[0-9]+]] {
define dso_local i32 @kf_global(i32* %p) {
  %v = load i32, i32* %p
  ret i32 %v
}

; CHECK: define internal i64 @kf_static(i64 %x) #[[PIN]] {
define internal i64 @kf_static(i64 %x) {
  ret i64 %x
}

; CHECK: define dso_local i32 @not_kfunc() {
define dso_local i32 @not_kfunc() {
  ret i32 0
}

; The record spells pointers as "ptr" in both forms, so that a typed and an
; opaque module record the same type.
; CHECK: attributes #[[PIN]] = { noinline }
; CHECK-DAG: !{!"kfunc.v1", !"name", !"kf_global", !"sources", !"annotate", !"state", !"pinned", !"type", !"i32 (ptr)",
; CHECK-DAG: !{!"kfunc.v1", !"name", !"kf_static", !"sources", !"annotate", !"state", !"pinned", !"type", !"i64 (i64)",
; CHECK-NOT: not_kfunc
