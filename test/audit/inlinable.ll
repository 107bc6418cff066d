; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; inlinable: a recorded kfunc lost noinline, or is in neither used list any
; more. Membership in either list (@llvm.used or @llvm.compiler.used, or the
; alias that stands for the function) is enough.
; RUN: %opt -passes=kfunc-audit -disable-output %s 2>&1 | FileCheck %s --implicit-check-not=warning:
; RUN: %opt -passes=kfunc-audit -kfunc-checks=-inlinable -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=OFF --allow-empty

; CHECK: warning: kfunc-audit: kfunc 'k_lost_noinline' lost its noinline attribute [inlinable]
; CHECK: warning: kfunc-audit: kfunc 'k_unlisted' is in neither @llvm.used nor @llvm.compiler.used any more [inlinable]
; CHECK: warning: kfunc-audit: kfunc 'k_both' lost its noinline attribute [inlinable]
; CHECK: warning: kfunc-audit: kfunc 'k_both' is in neither @llvm.used nor @llvm.compiler.used any more [inlinable]
; CHECK-NOT: k_ok
; CHECK-NOT: k_compiler_used
; CHECK-NOT: k_alias
; CHECK-NOT: k_aliasee
; OFF-NOT: warning

@llvm.used = appending global [2 x ptr] [ptr @k_lost_noinline, ptr @k_ok], section "llvm.metadata"
@llvm.compiler.used = appending global [2 x ptr] [ptr @k_compiler_used, ptr @k_alias], section "llvm.metadata"

@k_alias = alias i32 (i32), ptr @k_aliasee

define i32 @k_lost_noinline(i32 %x) {
  ret i32 %x
}

define i32 @k_unlisted(i32 %x) noinline {
  ret i32 %x
}

define i32 @k_both(i32 %x) {
  ret i32 %x
}

define i32 @k_ok(i32 %x) noinline {
  ret i32 %x
}

define i32 @k_compiler_used(i32 %x) noinline {
  ret i32 %x
}

define internal i32 @k_aliasee(i32 %x) noinline {
  ret i32 %x
}

!kfunc.preserve = !{!0, !1, !2, !3, !4, !5}
!0 = !{!"kfunc.v1", !"name", !"k_lost_noinline", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!1 = !{!"kfunc.v1", !"name", !"k_unlisted", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!2 = !{!"kfunc.v1", !"name", !"k_both", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!3 = !{!"kfunc.v1", !"name", !"k_ok", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!4 = !{!"kfunc.v1", !"name", !"k_compiler_used", !"sources", !"list", !"state", !"already-pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"noinline,compiler-used", !"loc", !"", !"sets", !{}}
!5 = !{!"kfunc.v1", !"name", !"k_alias", !"sources", !"list", !"state", !"alias", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
