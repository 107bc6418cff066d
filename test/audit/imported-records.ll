; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; ThinLTO function import copies the exporting module's !kfunc.preserve
; records into the importing module (IRMover links named metadata). The
; audit checks only the records this module wrote itself, as !kfunc.owner
; says (an MD5 of the writer's source_filename), so an importer does not
; report the exporter's kfuncs as lost. A whole-program module (the full-LTO
; link, -kfunc-whole-program) audits every record.
;
; Here: this module (source_filename "main.c") wrote the record of k_mine;
; the records of k_theirs and k_theirs_too came with an import from
; "kfuncs.c" (their owner node carries MD5("kfuncs.c")).
; RUN: %opt -passes=kfunc-audit -disable-output %s 2>&1 | FileCheck %s --implicit-check-not=warning:
; RUN: %opt -passes=kfunc-audit -kfunc-whole-program -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefixes=CHECK,WHOLE --implicit-check-not=warning:
; The owner ids are what kfunc-preserve writes:
; RUN: %opt -passes=kfunc-preserve -S %S/../Inputs/audit/owner.ll | FileCheck %s --check-prefix=OWNER
; RUN: sed -e 's/^source_filename = "main.c"/source_filename = "kfuncs.c"/' %S/../Inputs/audit/owner.ll \
; RUN:   | %opt -passes=kfunc-preserve -S | FileCheck %s --check-prefix=OWNER2
; Without !kfunc.owner (records from an older plugin), every record counts.
; RUN: sed -e '/^!kfunc.owner/d' %s | %opt -passes=kfunc-audit -disable-output 2>&1 \
; RUN:   | FileCheck %s --check-prefixes=CHECK,WHOLE --implicit-check-not=warning:

; CHECK: warning: kfunc-audit: kfunc 'k_mine' was defined when pinned and is no longer defined in this {{module|program}} [lost]
; WHOLE: warning: kfunc-audit: kfunc 'k_theirs' was defined when pinned and is no longer defined in this {{module|program}} [lost]
; WHOLE: warning: kfunc-audit: kfunc 'k_theirs_too' lost its noinline attribute [inlinable]
; WHOLE: warning: kfunc-audit: kfunc 'k_theirs_too' is in neither @llvm.used nor @llvm.compiler.used any more [inlinable]

; OWNER: !kfunc.owner = !{![[O:[0-9]+]]}
; OWNER: ![[O]] = !{i64 7286276337164174624, !{{[0-9]+}}}
; OWNER2: !kfunc.owner = !{![[O:[0-9]+]]}
; OWNER2: ![[O]] = !{i64 -6280544128077075181, !{{[0-9]+}}}

source_filename = "main.c"

@llvm.used = appending global [1 x ptr] [ptr @k_kept], section "llvm.metadata"

define i32 @k_kept(i32 %x) noinline {
  ret i32 %x
}

; Here under the same name as in kfuncs.c, without noinline: not this
; module's promise (unless this is the whole program).
define i32 @k_theirs_too(i32 %x) {
  ret i32 %x
}

!kfunc.preserve = !{!0, !1, !2, !3}
!kfunc.owner = !{!10, !11}
!0 = !{!"kfunc.v1", !"name", !"k_mine", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!1 = !{!"kfunc.v1", !"name", !"k_kept", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!2 = !{!"kfunc.v1", !"name", !"k_theirs", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!3 = !{!"kfunc.v1", !"name", !"k_theirs_too", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!10 = !{i64 7286276337164174624, !0, !1}
!11 = !{i64 -6280544128077075181, !2, !3}
