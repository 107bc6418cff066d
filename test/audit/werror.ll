; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; -kfunc-werror turns findings into errors, so that opt (and clang, lld)
; fail. The report is written before the diagnostics (opt exits at the first
; error). Without findings, -kfunc-werror changes nothing.
; RUN: %opt -passes=kfunc-audit -disable-output %s 2>&1 | FileCheck %s --check-prefix=WARN
; RUN: not %opt -passes=kfunc-audit -kfunc-werror -disable-output %s 2>&1 | FileCheck %s --check-prefix=ERR
; RUN: not %opt -passes='kfunc-audit<werror>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=ERR
; RUN: rm -f %t.json
; RUN: not %opt -passes=kfunc-audit -kfunc-werror -kfunc-report=%t.json -disable-output %s
; RUN: FileCheck %s --check-prefix=JSON < %t.json
; The finding silenced: nothing left to fail on.
; RUN: %opt -passes=kfunc-audit -kfunc-werror -kfunc-checks=-lost -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=CLEAN --allow-empty
; WARN: warning: kfunc-audit: kfunc 'k_gone' was defined when pinned and is no longer defined in this module [lost]
; ERR: error: kfunc-audit: kfunc 'k_gone' was defined when pinned and is no longer defined in this module [lost]
; JSON: "check": "lost",
; JSON-NEXT: "severity": "error",
; JSON-NEXT: "function": "k_gone",
; CLEAN-NOT: {{error|warning}}

define void @f() {
  ret void
}

!kfunc.preserve = !{!0}
!0 = !{!"kfunc.v1", !"name", !"k_gone", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
