; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; A diagnostic names the kfunc, the set, and file:line from the function's
; DISubprogram when there is debug info -- for a lost kfunc, the location
; recorded when it was pinned. Without debug info there is no location.
; RUN: %opt -passes=kfunc-audit -disable-output %s 2>&1 | FileCheck %s --implicit-check-not=warning:
; Remarks carry the same location as their own.
; RUN: %opt -passes=kfunc-audit -pass-remarks-missed=kfunc-audit -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=REMARK

; CHECK: warning: kfunc-audit: kernel/bpf/demo.c:40: kfunc 'k_gone' in set 'loc_ids' was defined when pinned and is no longer defined in this module [lost]
; CHECK: warning: kfunc-audit: kernel/bpf/demo.c:12: kfunc 'k_bare' in set 'loc_ids' is listed in a kfunc set but not marked __bpf_kfunc in the source {{.*}} [missing-annotation]
; CHECK: warning: kfunc-audit: kfunc 'k_nodebug' in set 'loc_ids' is listed in a kfunc set but not marked __bpf_kfunc {{.*}} [missing-annotation]
; A lost kfunc has no function left to take a location from.
; REMARK: remark: <unknown>:0:0: kfunc 'k_gone' in set 'loc_ids' (kernel/bpf/demo.c:40) was defined when pinned
; REMARK: remark: kernel/bpf/demo.c:12:0: kfunc 'k_bare' in set 'loc_ids' (kernel/bpf/demo.c:12) is listed in a kfunc set

module asm ".pushsection .BTF_ids,\22a\22;"
module asm "__BTF_ID__set8__loc_ids:;"
module asm ".zero 4"
module asm ".long (1 << 0)"
module asm "__BTF_ID__func__k_bare__1:"
module asm ".zero 4"
module asm ".long 0"
module asm "__BTF_ID__func__k_nodebug__2:"
module asm ".zero 4"
module asm ".long 0"
module asm "__BTF_ID__func__k_gone__3:"
module asm ".zero 4"
module asm ".long 0"
module asm ".size __BTF_ID__set8__loc_ids, .-loc_ids"
module asm ".popsection;"

define i32 @k_bare(i32 %x) !dbg !5 {
  ret i32 %x, !dbg !8
}

define i32 @k_nodebug(i32 %x) {
  ret i32 %x
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3, !4}
!kfunc.preserve = !{!20}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "kernel/bpf/demo.c", directory: "/src/linux")
!3 = !{i32 7, !"Dwarf Version", i32 5}
!4 = !{i32 2, !"Debug Info Version", i32 3}
!5 = distinct !DISubprogram(name: "k_bare", scope: !1, file: !1, line: 12, type: !6, scopeLine: 12, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!6 = !DISubroutineType(types: !7)
!7 = !{null}
!8 = !DILocation(line: 13, column: 3, scope: !5)
!20 = !{!"kfunc.v1", !"name", !"k_gone", !"sources", !"btf-set8", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"noinline,used", !"loc", !"kernel/bpf/demo.c:40", !"sets", !{!21}}
!21 = !{!"loc_ids", !"set8", i64 1, i64 0, !"0"}
