; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; A kfunc declared always_inline contradicts itself: kfunc-preserve drops
; alwaysinline and inlinehint, adds noinline (the output verifies;
; noinline+alwaysinline would not) and says so in its remark; the record
; remembers the front end's alwaysinline, from which kfunc-audit reports the
; conflict (naming the location and the check [conflict]) -- one diagnostic,
; from the one pass that reports findings. A mere inlinehint is no conflict.
; RUN: %opt -passes=kfunc-preserve -kfunc=kf_always,kf_hint,kf_both -S %s 2>%t.err | FileCheck %s
; RUN: count 0 < %t.err
; RUN: %opt -passes=kfunc-preserve,kfunc-audit -kfunc=kf_always,kf_hint,kf_both -disable-output %s 2>&1 | FileCheck %s --check-prefix=WARN
; RUN: %opt -passes=kfunc-preserve -pass-remarks=kfunc-preserve -kfunc=kf_always -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK
; REMARK: remark: ai.c:3:0: kfunc 'kf_always' found by list: dropped always_inline (the audit reports the conflict), made noinline, added to llvm.used
; RUN: %opt -passes=kfunc-preserve,verify -kfunc=kf_always,kf_hint,kf_both -disable-output %s
; A second run knows from the record what the front end wrote: it does not
; forget the alwaysinline in the record, and the audit reports it once.
; RUN: %opt -passes=kfunc-preserve,kfunc-preserve -kfunc=kf_always,kf_hint,kf_both -S %s 2>%t.twice.err | FileCheck %s
; RUN: %opt -passes=kfunc-preserve,kfunc-preserve,kfunc-audit -kfunc=kf_always,kf_hint,kf_both -disable-output %s 2>&1 | FileCheck %s --check-prefix=WARN
; The caller does not get the kfunc inlined any more, even by always-inline.
; RUN: %opt -passes=kfunc-preserve,always-inline,inline -kfunc=kf_always,kf_hint,kf_both -S %s 2>/dev/null | FileCheck %s --check-prefix=CALLS

; WARN: warning: kfunc-audit: ai.c:3: kfunc 'kf_always' is declared always_inline, which contradicts being a kfunc; kfunc-preserve dropped always_inline so that it stays out of line [conflict]
; WARN-NEXT: warning: kfunc-audit: kfunc 'kf_both' is declared always_inline, which contradicts being a kfunc; kfunc-preserve dropped always_inline so that it stays out of line [conflict]
; WARN-NOT: kf_hint
; WARN-NOT: warning

; CHECK: @llvm.used = appending global [3 x ptr] [ptr @kf_always, ptr @kf_hint, ptr @kf_both]
; CHECK: define i32 @kf_always(i32 %x) #[[PIN:[0-9]+]] !dbg
; CHECK: define i32 @kf_hint(i32 %x) #[[PIN]] {
; CHECK: define i32 @kf_both(i32 %x) #[[PINK:[0-9]+]] {
; CHECK: define i32 @other_always(i32 %x) #[[AI:[0-9]+]] {
; CHECK-DAG: attributes #[[PIN]] = { noinline }
; CHECK-DAG: attributes #[[PINK]] = { noinline nounwind }
; CHECK-DAG: attributes #[[AI]] = { alwaysinline }
; CHECK-DAG: !{!"kfunc.v1", !"name", !"kf_always", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"alwaysinline", !"loc", !"ai.c:3",
; CHECK-DAG: !{!"kfunc.v1", !"name", !"kf_hint", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"",
; CHECK-DAG: !{!"kfunc.v1", !"name", !"kf_both", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"alwaysinline",

; CALLS-LABEL: define i32 @caller(
; CALLS: call i32 @kf_always(
; CALLS: call i32 @kf_hint(
; CALLS: call i32 @kf_both(
; CALLS-NOT: call i32 @other_always(

define i32 @kf_always(i32 %x) alwaysinline !dbg !9 {
  ret i32 %x
}
define i32 @kf_hint(i32 %x) inlinehint {
  ret i32 %x
}
define i32 @kf_both(i32 %x) alwaysinline inlinehint nounwind {
  ret i32 %x
}
define i32 @other_always(i32 %x) alwaysinline {
  ret i32 %x
}
define i32 @caller(i32 %x) {
  %a = call i32 @kf_always(i32 %x)
  %b = call i32 @kf_hint(i32 %a)
  %c = call i32 @kf_both(i32 %b)
  %d = call i32 @other_always(i32 %c)
  ret i32 %d
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2}
!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "ai.c", directory: "/tmp")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!9 = distinct !DISubprogram(name: "kf_always", scope: !1, file: !1, line: 3, type: !10, scopeLine: 3, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!10 = !DISubroutineType(types: !11)
!11 = !{null}
