; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Running kfunc-preserve twice gives the same IR as running it once: no
; second used-list entry, no record rewritten or duplicated, the front-end
; marks of the first run kept (the second run sees noinline, but the record
; still says what the front end wrote). Same for compiler-used mode.
; RUN: %opt -passes=kfunc-preserve -kfunc=kf_list -S < %s > %t.once.ll
; RUN: %opt -passes=kfunc-preserve,kfunc-preserve -kfunc=kf_list -S < %s > %t.twice.ll
; RUN: diff %t.once.ll %t.twice.ll
; RUN: %opt -passes=kfunc-preserve -kfunc=kf_list -S < %t.once.ll > %t.piped.ll
; RUN: diff %t.once.ll %t.piped.ll
; RUN: FileCheck %s < %t.twice.ll
; RUN: %opt -passes=kfunc-preserve -kfunc-used-list=compiler-used -kfunc=kf_list -S < %s > %t.cu.once.ll
; RUN: %opt -passes=kfunc-preserve,kfunc-preserve -kfunc-used-list=compiler-used -kfunc=kf_list -S < %s > %t.cu.twice.ll
; RUN: diff %t.cu.once.ll %t.cu.twice.ll
; Bitcode: the second run, on the written bitcode, changes nothing either.
; RUN: %opt -passes=kfunc-preserve -kfunc=kf_list < %s -o %t.once.bc
; RUN: %opt -passes=kfunc-preserve -kfunc=kf_list %t.once.bc -o %t.twice.bc
; RUN: cmp %t.once.bc %t.twice.bc

@.str = private unnamed_addr constant [10 x i8] c"bpf_kfunc\00", section "llvm.metadata"
@.str.1 = private unnamed_addr constant [4 x i8] c"i.c\00", section "llvm.metadata"
@llvm.global.annotations = appending global [1 x { ptr, ptr, ptr, i32, ptr }] [{ ptr, ptr, ptr, i32, ptr } { ptr @kf_ann, ptr @.str, ptr @.str.1, i32 1, ptr null }], section "llvm.metadata"
@data = global i32 0
@llvm.used = appending global [2 x ptr] [ptr @data, ptr @kf_fe], section "llvm.metadata"

module asm ".pushsection .BTF_ids,\22a\22; .local s; s:; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__set8__s:; .zero 4; .long 1; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_set__1:; .zero 4; .long (1 << 0) | (1 << 2); .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_alias__2:; .zero 4; .long KF_UNKNOWN; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_fe__3:; .zero 4; .long 0; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_decl__4:; .zero 4; .long 0; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; .size __BTF_ID__set8__s, .-s; .popsection;"

@kf_alias = alias void (), ptr @impl

define internal void @kf_set() alwaysinline {
  ret void
}
define internal void @impl() inlinehint {
  ret void
}
define void @kf_fe() noinline {
  ret void
}
define void @kf_ann() {
  ret void
}
define void @kf_list() {
  ret void
}
declare void @kf_decl()

; CHECK: @llvm.used = appending global [6 x ptr] [ptr @data, ptr @kf_fe, ptr @kf_ann, ptr @kf_set, ptr @kf_alias, ptr @kf_list], section "llvm.metadata"
; CHECK: !kfunc.preserve = !{![[A:[0-9]+]], ![[B:[0-9]+]], ![[C:[0-9]+]], ![[D:[0-9]+]], ![[E:[0-9]+]], ![[F:[0-9]+]]}
; CHECK-NOT: !kfunc.preserve
; CHECK: !"name", !"kf_ann", !"sources", !"annotate", !"state", !"pinned"
; CHECK: !"name", !"kf_set", !"sources", !"btf-set8", !"state", !"pinned", !"type", !"void ()", !"cc", i64 0, !"front-end", !"alwaysinline",
; CHECK: !"name", !"kf_alias", !"sources", !"btf-set8", !"state", !"alias", !"type", !"void ()", !"cc", i64 0, !"front-end", !"",
; CHECK: !"name", !"kf_fe", !"sources", !"btf-set8", !"state", !"already-pinned", !"type", !"void ()", !"cc", i64 0, !"front-end", !"noinline,used",
; CHECK: !"name", !"kf_decl", !"sources", !"btf-set8", !"state", !"declaration",
; CHECK: !"name", !"kf_list", !"sources", !"list", !"state", !"pinned"
