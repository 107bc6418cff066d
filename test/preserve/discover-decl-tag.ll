; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Source `decl-tag` alone: a DISubprogram whose annotations hold
; !{!"btf_decl_tag", !"bpf_kfunc"} (clang's btf_decl_tag("bpf_kfunc") with -g)
; is pinned, also when it is not the first tag. Other tags are ignored. The
; record carries the source location from the DISubprogram.
; RUN: %opt -passes=kfunc-preserve -S %s | FileCheck %s
; RUN: %opt -passes=kfunc-preserve,verify -disable-output %s

; CHECK: @llvm.used = appending global [2 x ptr] [ptr @kf_tagged, ptr @kf_second_tag], section "llvm.metadata"

; CHECK: define i32 @kf_tagged(i32 %x) #[[PIN:[0-9]+]] !dbg
define i32 @kf_tagged(i32 %x) !dbg !9 {
  ret i32 %x
}

; CHECK: define internal i32 @kf_second_tag(i32 %x) #[[PIN]] !dbg
define internal i32 @kf_second_tag(i32 %x) !dbg !20 {
  ret i32 %x
}

; CHECK: define i32 @other_tag(i32 %x) !dbg
define i32 @other_tag(i32 %x) !dbg !25 {
  ret i32 %x
}

; CHECK: define i32 @plain() !dbg
define i32 @plain() !dbg !33 {
  ret i32 0
}

; CHECK: attributes #[[PIN]] = { noinline }
; CHECK-DAG: !{!"kfunc.v1", !"name", !"kf_tagged", !"sources", !"decl-tag", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"dt.c:2", !"sets", !{{[0-9]+}}}
; CHECK-DAG: !{!"kfunc.v1", !"name", !"kf_second_tag", !"sources", !"decl-tag", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"dt.c:7", !"sets", !{{[0-9]+}}}
; CHECK-NOT: !"name", !"other_tag"
; CHECK-NOT: !"name", !"plain"

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "dt.c", directory: "/tmp")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!9 = distinct !DISubprogram(name: "kf_tagged", scope: !1, file: !1, line: 2, type: !10, scopeLine: 2, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, annotations: !15)
!10 = !DISubroutineType(types: !11)
!11 = !{!12, !12}
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!15 = !{!16}
!16 = !{!"btf_decl_tag", !"bpf_kfunc"}
!20 = distinct !DISubprogram(name: "kf_second_tag", scope: !1, file: !1, line: 7, type: !10, scopeLine: 7, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, annotations: !21)
!21 = !{!29, !16}
!25 = distinct !DISubprogram(name: "other_tag", scope: !1, file: !1, line: 3, type: !10, scopeLine: 3, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, annotations: !28)
!28 = !{!29, !30}
!29 = !{!"btf_decl_tag", !"other"}
!30 = !{!"btf_type_tag", !"bpf_kfunc"}
!33 = distinct !DISubprogram(name: "plain", scope: !1, file: !1, line: 4, type: !34, scopeLine: 4, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!34 = !DISubroutineType(types: !35)
!35 = !{!12}
