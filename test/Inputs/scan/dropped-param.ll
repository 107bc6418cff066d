; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Input for verify-params.test: what a transform that drops a parameter of
; a kfunc leaves behind. pr_kfunc(long a, long b) was inlined into pr_caller
; with both parameters, so DWARF has an abstract subprogram listing a and b;
; its out-of-line body lost b (signature (i64 %a), no debug value for b, b
; not retained), so the concrete subprogram lists only a. Debug intrinsics
; and no pointers: every LLVM from 14 reads it.
target triple = "x86_64-unknown-linux-gnu"

module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local pr_set;"
module asm "pr_set:;"
module asm ".local __BTF_ID__set8__pr_set;"
module asm "__BTF_ID__set8__pr_set:;"
module asm ".zero 4"
module asm ".long (1 << 0)"
module asm "__BTF_ID__func__pr_kfunc__1:"
module asm ".zero 4"
module asm ".long 0"
module asm "__BTF_ID__func__pr_caller__2:"
module asm ".zero 4"
module asm ".long 0"
module asm ".size __BTF_ID__set8__pr_set, .-pr_set"
module asm ".popsection;"

define i64 @pr_kfunc(i64 %a) !dbg !9 {
entry:
  call void @llvm.dbg.value(metadata i64 %a, metadata !14, metadata !DIExpression()), !dbg !16
  %mul = mul nsw i64 %a, 3, !dbg !17
  %add = add nsw i64 %mul, 5, !dbg !17
  ret i64 %add, !dbg !17
}

define i64 @pr_caller(i64 %x) !dbg !20 {
entry:
  call void @llvm.dbg.value(metadata i64 %x, metadata !24, metadata !DIExpression()), !dbg !25
  call void @llvm.dbg.value(metadata i64 %x, metadata !14, metadata !DIExpression()), !dbg !26
  call void @llvm.dbg.value(metadata i64 5, metadata !15, metadata !DIExpression()), !dbg !26
  %mul.i = mul nsw i64 %x, 3, !dbg !28
  %add.i = add nsw i64 %mul.i, 5, !dbg !28
  ret i64 %add.i, !dbg !30
}

declare void @llvm.dbg.value(metadata, metadata, metadata)

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "hand-written", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "pr.c", directory: "/tmp")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!9 = distinct !DISubprogram(name: "pr_kfunc", scope: !1, file: !1, line: 1, type: !10, scopeLine: 1, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !13)
!10 = !DISubroutineType(types: !11)
!11 = !{!12, !12, !12}
!12 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!13 = !{!14}
!14 = !DILocalVariable(name: "a", arg: 1, scope: !9, file: !1, line: 1, type: !12)
!15 = !DILocalVariable(name: "b", arg: 2, scope: !9, file: !1, line: 1, type: !12)
!16 = !DILocation(line: 0, scope: !9)
!17 = !DILocation(line: 1, column: 42, scope: !9)
!20 = distinct !DISubprogram(name: "pr_caller", scope: !1, file: !1, line: 2, type: !21, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !23)
!21 = !DISubroutineType(types: !22)
!22 = !{!12, !12}
!23 = !{!24}
!24 = !DILocalVariable(name: "x", arg: 1, scope: !20, file: !1, line: 2, type: !12)
!25 = !DILocation(line: 0, scope: !20)
!26 = !DILocation(line: 0, scope: !9, inlinedAt: !27)
!27 = distinct !DILocation(line: 2, column: 33, scope: !20)
!28 = !DILocation(line: 1, column: 42, scope: !9, inlinedAt: !27)
!30 = !DILocation(line: 2, column: 26, scope: !20)
