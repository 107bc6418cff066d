; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Source `annotate` alone: @llvm.global.annotations entries whose string is
; "bpf_kfunc" (clang's __attribute__((annotate("bpf_kfunc")))) are pinned,
; opaque-pointer form. Other annotation strings are ignored. clang >= 18 also
; annotates declarations: those are recorded, not changed.
; RUN: %opt -passes=kfunc-preserve -S %s | FileCheck %s
; RUN: %opt -passes=kfunc-preserve,verify -disable-output %s

@.str = private unnamed_addr constant [10 x i8] c"bpf_kfunc\00", section "llvm.metadata"
@.str.1 = private unnamed_addr constant [6 x i8] c"ann.c\00", section "llvm.metadata"
@.str.2 = private unnamed_addr constant [6 x i8] c"other\00", section "llvm.metadata"
@.str.3 = private unnamed_addr constant [11 x i8] c"bpf_kfunc2\00", section "llvm.metadata"
@llvm.global.annotations = appending global [5 x { ptr, ptr, ptr, i32, ptr }] [
  { ptr, ptr, ptr, i32, ptr } { ptr @kf_static, ptr @.str, ptr @.str.1, i32 2, ptr null },
  { ptr, ptr, ptr, i32, ptr } { ptr @kf_global, ptr @.str, ptr @.str.1, i32 3, ptr null },
  { ptr, ptr, ptr, i32, ptr } { ptr @other_annotation, ptr @.str.2, ptr @.str.1, i32 4, ptr null },
  { ptr, ptr, ptr, i32, ptr } { ptr @prefix_only, ptr @.str.3, ptr @.str.1, i32 5, ptr null },
  { ptr, ptr, ptr, i32, ptr } { ptr @kf_declared, ptr @.str, ptr @.str.1, i32 6, ptr null }
], section "llvm.metadata"

; CHECK: @llvm.used = appending global [2 x ptr] [ptr @kf_static, ptr @kf_global], section "llvm.metadata"
; CHECK-NOT: @llvm.compiler.used

; CHECK: define internal i32 @kf_static(i32 %x) #[[PIN:[0-9]+]] {
define internal i32 @kf_static(i32 %x) {
  %r = add i32 %x, 1
  ret i32 %r
}

; CHECK: define i32 @kf_global(ptr %p) #[[PIN]] {
define i32 @kf_global(ptr %p) {
  %v = load i32, ptr %p
  ret i32 %v
}

; CHECK: define i32 @other_annotation() {
define i32 @other_annotation() {
  ret i32 0
}

; CHECK: define i32 @prefix_only() {
define i32 @prefix_only() {
  ret i32 0
}

; CHECK: declare void @kf_declared(){{$}}
declare void @kf_declared()

; CHECK: attributes #[[PIN]] = { noinline }
; CHECK: !kfunc.preserve = !{![[A:[0-9]+]], ![[B:[0-9]+]], ![[C:[0-9]+]]}
; CHECK-DAG: ![[A]] = !{!"kfunc.v1", !"name", !"kf_static", !"sources", !"annotate", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", ![[NOSETS:[0-9]+]]}
; CHECK-DAG: ![[B]] = !{!"kfunc.v1", !"name", !"kf_global", !"sources", !"annotate", !"state", !"pinned", !"type", !"i32 (ptr)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", ![[NOSETS]]}
; CHECK-DAG: ![[C]] = !{!"kfunc.v1", !"name", !"kf_declared", !"sources", !"annotate", !"state", !"declaration", !"type", !"void ()",
; CHECK-DAG: ![[NOSETS]] = !{}
; CHECK-NOT: other_annotation
; CHECK-NOT: prefix_only
