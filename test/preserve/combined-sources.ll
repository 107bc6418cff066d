; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; A name found by several sources is pinned once: one @llvm.used entry, one
; record that lists every source (in the fixed order annotate, decl-tag,
; attribute, btf-set8, btf-id, list) and every set.
; RUN: %opt -passes=kfunc-preserve -kfunc=kf_all,kf_two -kfunc=kf_all -kfunc-btf-ids=all -S %s | FileCheck %s
; RUN: %opt -passes=kfunc-preserve,verify -kfunc=kf_all -disable-output %s

@.str = private unnamed_addr constant [10 x i8] c"bpf_kfunc\00", section "llvm.metadata"
@.str.1 = private unnamed_addr constant [6 x i8] c"all.c\00", section "llvm.metadata"
@llvm.global.annotations = appending global [2 x { ptr, ptr, ptr, i32, ptr }] [
  { ptr, ptr, ptr, i32, ptr } { ptr @kf_all, ptr @.str, ptr @.str.1, i32 2, ptr null },
  { ptr, ptr, ptr, i32, ptr } { ptr @kf_all, ptr @.str, ptr @.str.1, i32 2, ptr null }
], section "llvm.metadata"

; BTF_KFUNCS_START(set_a) BTF_ID_FLAGS(func, kf_all, KF_ACQUIRE)
; BTF_ID_FLAGS(func, kf_two) BTF_KFUNCS_END(set_a), then
; BTF_ID_LIST(list_b) BTF_ID(func, kf_all)
module asm ".pushsection .BTF_ids,\22a\22; .local set_a; set_a:; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; .local __BTF_ID__set8__set_a; __BTF_ID__set8__set_a:; .zero 4; .long (1 << 0); .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_all__11:; .zero 4; .long (1 << 0); .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_two__12:; .zero 4; .long 0; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; .size __BTF_ID__set8__set_a, .-set_a; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; .local list_b; list_b:; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_all__13:; .zero 4; .popsection;"

; CHECK: @llvm.used = appending global [2 x ptr] [ptr @kf_all, ptr @kf_two], section "llvm.metadata"

; CHECK: define void @kf_all() #[[PIN:[0-9]+]] !dbg
define void @kf_all() #0 !dbg !9 {
  ret void
}
; CHECK: define void @kf_two() #[[PIN2:[0-9]+]] {
define void @kf_two() {
  ret void
}

; CHECK-DAG: attributes #[[PIN]] = { noinline "bpf_kfunc" }
; CHECK-DAG: attributes #[[PIN2]] = { noinline }
; CHECK: !kfunc.preserve = !{![[A:[0-9]+]], ![[B:[0-9]+]]}
; CHECK: ![[A]] = !{!"kfunc.v1", !"name", !"kf_all", !"sources", !"annotate,decl-tag,attribute,btf-set8,btf-id,list", !"state", !"pinned", {{.*}}, !"sets", ![[SETS:[0-9]+]]}
; CHECK: ![[SETS]] = !{![[SA:[0-9]+]], ![[SB:[0-9]+]]}
; CHECK: ![[SA]] = !{!"set_a", !"set8", i64 1, i64 1, !"(1 << 0)"}
; CHECK: ![[SB]] = !{!"list_b", !"list", !"", !"", !""}
; CHECK: ![[B]] = !{!"kfunc.v1", !"name", !"kf_two", !"sources", !"btf-set8,list", !"state", !"pinned",

attributes #0 = { "bpf_kfunc" }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2}
!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "all.c", directory: "/tmp")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!9 = distinct !DISubprogram(name: "kf_all", scope: !1, file: !1, line: 2, type: !10, scopeLine: 2, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, annotations: !15)
!10 = !DISubroutineType(types: !11)
!11 = !{null}
!15 = !{!16}
!16 = !{!"btf_decl_tag", !"bpf_kfunc"}
