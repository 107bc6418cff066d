; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; -kfunc-werror makes findings fail the run. Every host must still show every
; finding (opt exits at its first error diagnostic): each finding is a
; warning, then one error counts them. The report is written first and marks
; each finding "error". Without findings, -kfunc-werror changes nothing.
; Four broken promises: lost, signature-changed, renamed, inlinable.
; RUN: %opt -passes=kfunc-audit -disable-output %s 2>&1 | FileCheck %s --check-prefix=WARN --implicit-check-not=error:
; RUN: not %opt -passes=kfunc-audit -kfunc-werror -disable-output %s 2>&1 | FileCheck %s --check-prefix=ERR
; RUN: not %opt -passes='kfunc-audit<werror>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=ERR
; RUN: rm -f %t.json
; RUN: not %opt -passes=kfunc-audit -kfunc-werror -kfunc-report=%t.json -disable-output %s
; RUN: FileCheck %s --check-prefix=JSON < %t.json
; The findings silenced: nothing left to fail on.
; RUN: %opt -passes=kfunc-audit -kfunc-werror -kfunc-checks=-lost,-signature-changed,-renamed,-inlinable \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefix=CLEAN --allow-empty
; One finding left: the count says so.
; RUN: not %opt -passes=kfunc-audit -kfunc-werror -kfunc-checks=lost -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=ONE
; WARN: warning: kfunc-audit: kfunc 'k_gone' was defined when pinned and is no longer defined in this module [lost]
; WARN: warning: kfunc-audit: kfunc 'k_sig' changed type from 'i32 (i32)' to 'i64 (i64)' [signature-changed]
; WARN: warning: kfunc-audit: kfunc 'k_ren' was renamed to 'k_ren.llvm.7'{{.*}} [renamed]
; WARN: warning: kfunc-audit: kfunc 'k_inl' lost its noinline attribute [inlinable]
; ERR: warning: kfunc-audit: kfunc 'k_gone' {{.*}} [lost]
; ERR-NEXT: warning: kfunc-audit: kfunc 'k_sig' {{.*}} [signature-changed]
; ERR-NEXT: warning: kfunc-audit: kfunc 'k_ren' {{.*}} [renamed]
; ERR-NEXT: warning: kfunc-audit: kfunc 'k_inl' {{.*}} [inlinable]
; ERR-NEXT: error: kfunc-audit: 4 findings in '{{.*}}werror.ll', and -kfunc-werror makes them errors
; ERR-NOT: {{error|warning}}
; JSON: "check": "lost",
; JSON-NEXT: "severity": "error",
; JSON-NEXT: "function": "k_gone",
; JSON: "summary": {
; JSON-NEXT: "kfuncs": 4,
; JSON-NEXT: "findings": 4,
; CLEAN-NOT: {{error|warning}}
; ONE: warning: kfunc-audit: kfunc 'k_gone' {{.*}} [lost]
; ONE-NEXT: error: kfunc-audit: 1 finding in '{{.*}}werror.ll', and -kfunc-werror makes them errors

@llvm.used = appending global [3 x ptr] [ptr @k_sig, ptr @k_ren.llvm.7, ptr @k_inl], section "llvm.metadata"

define i64 @k_sig(i64 %x) noinline {
  ret i64 %x
}

define internal i32 @k_ren.llvm.7(i32 %x) noinline {
  ret i32 %x
}

define i32 @k_inl(i32 %x) {
  ret i32 %x
}

!kfunc.preserve = !{!0, !1, !2, !3}
!0 = !{!"kfunc.v1", !"name", !"k_gone", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!1 = !{!"kfunc.v1", !"name", !"k_sig", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!2 = !{!"kfunc.v1", !"name", !"k_ren", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!3 = !{!"kfunc.v1", !"name", !"k_inl", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
