; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; lost: a kfunc recorded as defined when kfunc-preserve pinned it is no longer
; defined. A kfunc still defined, and one that was only declared when it was
; recorded, are not reported.
; RUN: %opt -passes=kfunc-audit -disable-output %s 2>&1 | FileCheck %s --implicit-check-not=warning:
; RUN: %opt -passes=kfunc-audit -kfunc-checks=-lost -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=OFF --allow-empty

; CHECK: warning: kfunc-audit: lost.c:7: kfunc 'k_gone' in set 'audit_ids' was defined when pinned and is no longer defined in this module [lost]
; CHECK: warning: kfunc-audit: kfunc 'k_gone_decl' in set 'audit_ids' was defined when pinned and is no longer defined in this module [lost]
; CHECK-NOT: k_kept
; CHECK-NOT: k_was_decl
; CHECK-NOT: warning
; OFF-NOT: warning

module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__set8__audit_ids;"
module asm "__BTF_ID__set8__audit_ids:;"
module asm ".zero 4"
module asm ".long (1 << 0)"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm "__BTF_ID__func__k_gone__1:"
module asm ".zero 4"
module asm ".long 0"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm "__BTF_ID__func__k_kept__2:"
module asm ".zero 4"
module asm ".long 0"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".size __BTF_ID__set8__audit_ids, .-audit_ids"
module asm ".popsection;"

@llvm.used = appending global [1 x ptr] [ptr @k_kept], section "llvm.metadata"

define i32 @k_kept(i32 %x) noinline {
  ret i32 %x
}

; Still declared (a caller remains), but the definition is gone.
declare i32 @k_gone_decl(i32)

define i32 @caller(i32 %x) {
  %r = call i32 @k_gone_decl(i32 %x)
  ret i32 %r
}

!kfunc.preserve = !{!0, !1, !2, !3}
!0 = !{!"kfunc.v1", !"name", !"k_gone", !"sources", !"btf-set8", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"lost.c:7", !"sets", !{!10}}
!1 = !{!"kfunc.v1", !"name", !"k_kept", !"sources", !"btf-set8", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"noinline,used", !"loc", !"", !"sets", !{!10}}
!2 = !{!"kfunc.v1", !"name", !"k_was_decl", !"sources", !"list", !"state", !"declaration", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!3 = !{!"kfunc.v1", !"name", !"k_gone_decl", !"sources", !"btf-set8", !"state", !"already-pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"noinline,used", !"loc", !"", !"sets", !{!10}}
!10 = !{!"audit_ids", !"set8", i64 1, i64 0, !"0"}
