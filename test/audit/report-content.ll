; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; -kfunc-report=FILE writes a JSON report of the module: schema version,
; module, every kfunc with its discovery sources, sets (set flags, entry
; flags and their KF_* names), linkage, what kfunc-preserve did (pinned,
; already-pinned, declaration, not-found), recorded and current type and
; calling convention, front-end marks, and the findings.
; RUN: rm -f %t.json
; RUN: %opt -passes=kfunc-preserve,kfunc-audit -kfunc-report=%t.json -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=DIAG
; RUN: FileCheck %s -DVERSION=%kfunc_version < %t.json
; The report is valid JSON, and it matches the documented schema.
; RUN: %python %utils/kfunc-report-validate.py %t.json | FileCheck %s --check-prefix=VALID
; No temporary file is left behind.
; RUN: ls %t.json* | count 1

; DIAG: warning: kfunc-audit: rc.c:3: kfunc 'k_pinned' in set 'rc_ids' is listed in a kfunc set but not marked __bpf_kfunc {{.*}} [missing-annotation]
; VALID: {{.*}}.json: ok (schema 1, 5 kfuncs, 1 findings)

; CHECK:      {
; CHECK-NEXT:   "schema_version": 1,
; CHECK-NEXT:   "tool": "kfunc-preserve",
; CHECK-NEXT:   "version": "[[VERSION]]",
; CHECK-NEXT:   "llvm_version": "{{[0-9]+\.[0-9]+\.[0-9]+.*}}",
; CHECK-NEXT:   "module": "{{.*}}report-content.ll",
; CHECK-NEXT:   "source_file": "rc.c",
; CHECK-NEXT:   "phase": "opt",
; CHECK-NEXT:   "whole_program": false,
; CHECK-NEXT:   "checks": [
; CHECK-NEXT:     "lost",
; CHECK-NEXT:     "inlinable",
; CHECK-NEXT:     "signature-changed",
; CHECK-NEXT:     "renamed",
; CHECK-NEXT:     "missing-annotation",
; CHECK-NEXT:     "not-in-set",
; CHECK-NEXT:     "undefined",
; CHECK-NEXT:     "conflict"
; CHECK-NEXT:   ],
; CHECK-NEXT:   "kfuncs": [
; Sorted by name.
; CHECK-NEXT:     {
; CHECK-NEXT:       "name": "k_already",
; CHECK-NEXT:       "sources": [
; CHECK-NEXT:         "annotate",
; CHECK-NEXT:         "btf-set8"
; CHECK-NEXT:       ],
; CHECK-NEXT:       "sets": [
; CHECK-NEXT:         {
; CHECK-NEXT:           "name": "rc_ids",
; CHECK-NEXT:           "kind": "set8",
; CHECK-NEXT:           "set_flags": 1,
; CHECK-NEXT:           "set_flag_names": [
; CHECK-NEXT:             "BTF_SET8_KFUNCS"
; CHECK-NEXT:           ],
; CHECK-NEXT:           "kfunc_set": true,
; CHECK-NEXT:           "flags": 130,
; CHECK-NEXT:           "flags_text": "(1 << 1) | (1 << 7)",
; CHECK-NEXT:           "flag_names": [
; CHECK-NEXT:             "KF_RELEASE",
; CHECK-NEXT:             "KF_RCU"
; CHECK-NEXT:           ],
; CHECK-NEXT:           "asm_line": 8
; CHECK-NEXT:         }
; CHECK-NEXT:       ],
; CHECK-NEXT:       "linkage": "external",
; CHECK-NEXT:       "defined": true,
; CHECK-NEXT:       "action": "already-pinned",
; CHECK-NEXT:       "recorded": true,
; CHECK-NEXT:       "recorded_type": "void (ptr)",
; CHECK-NEXT:       "recorded_cc": "ccc",
; CHECK-NEXT:       "current_type": "void (ptr)",
; CHECK-NEXT:       "current_cc": "ccc",
; CHECK-NEXT:       "front_end": [
; CHECK-NEXT:         "noinline",
; CHECK-NEXT:         "used",
; CHECK-NEXT:         "compiler-used"
; CHECK-NEXT:       ],
; CHECK-NEXT:       "loc": null,
; CHECK-NEXT:       "findings": []
; CHECK-NEXT:     },
; CHECK-NEXT:     {
; CHECK-NEXT:       "name": "k_decl",
; CHECK:            "linkage": "external",
; CHECK-NEXT:       "defined": false,
; CHECK-NEXT:       "action": "declaration",
; CHECK-NEXT:       "recorded": true,
; CHECK-NEXT:       "recorded_type": "i64 (i64)",
; CHECK-NEXT:       "recorded_cc": "ccc",
; CHECK-NEXT:       "current_type": "i64 (i64)",
; CHECK-NEXT:       "current_cc": "ccc",
; CHECK-NEXT:       "front_end": [],
; CHECK-NEXT:       "loc": null,
; CHECK-NEXT:       "findings": []
; CHECK-NEXT:     },
; CHECK-NEXT:     {
; CHECK-NEXT:       "name": "k_not_here",
; CHECK:            "linkage": null,
; CHECK-NEXT:       "defined": false,
; CHECK-NEXT:       "action": "not-found",
; CHECK-NEXT:       "recorded": false,
; CHECK-NEXT:       "recorded_type": null,
; CHECK-NEXT:       "recorded_cc": null,
; CHECK-NEXT:       "current_type": null,
; CHECK-NEXT:       "current_cc": null,
; CHECK-NEXT:       "front_end": [],
; CHECK-NEXT:       "loc": null,
; CHECK-NEXT:       "findings": []
; CHECK-NEXT:     },
; CHECK-NEXT:     {
; CHECK-NEXT:       "name": "k_pinned",
; CHECK-NEXT:       "sources": [
; CHECK-NEXT:         "btf-set8"
; CHECK-NEXT:       ],
; CHECK-NEXT:       "sets": [
; CHECK-NEXT:         {
; CHECK-NEXT:           "name": "rc_ids",
; CHECK-NEXT:           "kind": "set8",
; CHECK-NEXT:           "set_flags": 1,
; CHECK-NEXT:           "set_flag_names": [
; CHECK-NEXT:             "BTF_SET8_KFUNCS"
; CHECK-NEXT:           ],
; CHECK-NEXT:           "kfunc_set": true,
; CHECK-NEXT:           "flags": 5,
; CHECK-NEXT:           "flags_text": "(1 << 0) | (1 << 2)",
; CHECK-NEXT:           "flag_names": [
; CHECK-NEXT:             "KF_ACQUIRE",
; CHECK-NEXT:             "KF_RET_NULL"
; CHECK-NEXT:           ],
; CHECK-NEXT:           "asm_line": 5
; CHECK-NEXT:         }
; CHECK-NEXT:       ],
; CHECK-NEXT:       "linkage": "internal",
; CHECK-NEXT:       "defined": true,
; CHECK-NEXT:       "action": "pinned",
; CHECK-NEXT:       "recorded": true,
; CHECK-NEXT:       "recorded_type": "ptr (i32, ptr)",
; CHECK-NEXT:       "recorded_cc": "ccc",
; CHECK-NEXT:       "current_type": "ptr (i32, ptr)",
; CHECK-NEXT:       "current_cc": "ccc",
; CHECK-NEXT:       "front_end": [],
; CHECK-NEXT:       "loc": "rc.c:3",
; CHECK-NEXT:       "findings": [
; CHECK-NEXT:         "missing-annotation"
; CHECK-NEXT:       ]
; CHECK-NEXT:     },
; A BTF_ID_LIST entry (not pinned by default) is reported, not pinned.
; CHECK-NEXT:     {
; CHECK-NEXT:       "name": "vfs_thing",
; CHECK-NEXT:       "sources": [
; CHECK-NEXT:         "btf-id"
; CHECK-NEXT:       ],
; CHECK-NEXT:       "sets": [
; CHECK-NEXT:         {
; CHECK-NEXT:           "name": "rc_list",
; CHECK-NEXT:           "kind": "list",
; CHECK-NEXT:           "set_flags": null,
; CHECK-NEXT:           "set_flag_names": [],
; CHECK-NEXT:           "kfunc_set": false,
; CHECK-NEXT:           "flags": null,
; CHECK-NEXT:           "flags_text": "",
; CHECK-NEXT:           "flag_names": [],
; CHECK-NEXT:           "asm_line": 21
; CHECK-NEXT:         }
; CHECK-NEXT:       ],
; CHECK-NEXT:       "linkage": "external",
; CHECK-NEXT:       "defined": true,
; CHECK-NEXT:       "action": "not-pinned",
; CHECK-NEXT:       "recorded": false,
; CHECK-NEXT:       "recorded_type": null,
; CHECK-NEXT:       "recorded_cc": null,
; CHECK-NEXT:       "current_type": "i32 (i32)",
; CHECK-NEXT:       "current_cc": "ccc",
; CHECK-NEXT:       "front_end": [],
; CHECK-NEXT:       "loc": null,
; CHECK-NEXT:       "findings": []
; CHECK-NEXT:     }
; CHECK-NEXT:   ],
; CHECK-NEXT:   "findings": [
; CHECK-NEXT:     {
; CHECK-NEXT:       "check": "missing-annotation",
; CHECK-NEXT:       "severity": "warning",
; CHECK-NEXT:       "function": "k_pinned",
; CHECK-NEXT:       "set": "rc_ids",
; CHECK-NEXT:       "loc": "rc.c:3",
; CHECK-NEXT:       "message": "is listed in a kfunc set but not marked __bpf_kfunc in the source (the front end made it neither noinline nor used)"
; CHECK-NEXT:     }
; CHECK-NEXT:   ],
; CHECK-NEXT:   "summary": {
; CHECK-NEXT:     "kfuncs": 5,
; CHECK-NEXT:     "findings": 1,
; CHECK-NEXT:     "by_check": {
; CHECK-NEXT:       "missing-annotation": 1
; CHECK-NEXT:     }
; CHECK-NEXT:   }
; CHECK-NEXT: }

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
