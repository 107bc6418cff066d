; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; The module of the test/audit/report-content-*.test tests, one a section of
; the JSON report: a set8 (flags BTF_SET8_KFUNCS) of four kfuncs -- k_pinned
; (internal, with debug info, not marked __bpf_kfunc: missing-annotation),
; k_already (marked as clang marks __bpf_kfunc: noinline, used,
; compiler-used, annotate), k_decl (only declared), k_not_here (no global)
; -- and a BTF_ID_LIST entry, vfs_thing (reported, not pinned).

source_filename = "rc.c"

module asm ".pushsection .BTF_ids,\22a\22;"
module asm "__BTF_ID__set8__rc_ids:;"
module asm ".zero 4"
module asm ".long (1 << 0)"
module asm "__BTF_ID__func__k_pinned__1:"
module asm ".zero 4"
module asm ".long (1 << 0) | (1 << 2)"
module asm "__BTF_ID__func__k_already__2:"
module asm ".zero 4"
module asm ".long (1 << 1) | (1 << 7)"
module asm "__BTF_ID__func__k_decl__3:"
module asm ".zero 4"
module asm ".long 0"
module asm "__BTF_ID__func__k_not_here__4:"
module asm ".zero 4"
module asm ".long 0"
module asm ".size __BTF_ID__set8__rc_ids, .-rc_ids"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm "rc_list:;"
module asm "__BTF_ID__func__vfs_thing__5:"
module asm ".zero 4"
module asm ".popsection;"

; What clang makes of __attribute__((used, retain, noinline)).
@llvm.used = appending global [1 x ptr] [ptr @k_already], section "llvm.metadata"
@llvm.compiler.used = appending global [1 x ptr] [ptr @k_already], section "llvm.metadata"
@.str = private unnamed_addr constant [10 x i8] c"bpf_kfunc\00", section "llvm.metadata"
@.file = private unnamed_addr constant [5 x i8] c"rc.c\00", section "llvm.metadata"
@llvm.global.annotations = appending global [1 x { ptr, ptr, ptr, i32, ptr }] [{ ptr, ptr, ptr, i32, ptr } { ptr @k_already, ptr @.str, ptr @.file, i32 9, ptr null }], section "llvm.metadata"

define internal ptr @k_pinned(i32 %n, ptr %p) !dbg !5 {
  ret ptr %p
}

define void @k_already(ptr %p) noinline {
  ret void
}

declare i64 @k_decl(i64)

define i32 @vfs_thing(i32 %x) {
  %r = call i64 @k_decl(i64 0)
  ret i32 %x
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3, !4}
!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "rc.c", directory: "/src")
!3 = !{i32 7, !"Dwarf Version", i32 5}
!4 = !{i32 2, !"Debug Info Version", i32 3}
!5 = distinct !DISubprogram(name: "k_pinned", scope: !1, file: !1, line: 3, type: !6, scopeLine: 3, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!6 = !DISubroutineType(types: !7)
!7 = !{null}
