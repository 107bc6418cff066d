; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; signature-changed: the function type or the calling convention differs from
; the one recorded when the kfunc was pinned (dead-argument elimination,
; argument promotion, GlobalOpt's fastcc). Type spellings are canonical, so a
; named struct that LTO renamed (%struct.s.12) is not a change.
; RUN: %opt -passes=kfunc-audit -disable-output %s 2>&1 | FileCheck %s --implicit-check-not=warning:
; RUN: %opt -passes=kfunc-audit -kfunc-checks=-signature-changed -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=OFF --allow-empty

; CHECK: warning: kfunc-audit: kfunc 'k_argelim' changed type from 'i32 (i32, ptr)' to 'i32 (i32)' [signature-changed]
; CHECK: warning: kfunc-audit: kfunc 'k_ret' changed type from 'i32 (i32)' to 'void (i32)' [signature-changed]
; CHECK: warning: kfunc-audit: kfunc 'k_fastcc' changed calling convention from ccc to fastcc [signature-changed]
; CHECK-NOT: k_ok
; CHECK-NOT: k_struct
; CHECK-NOT: k_coldcc_kept
; OFF-NOT: warning

%struct.s.12 = type { i32, ptr }

@llvm.used = appending global [6 x ptr] [ptr @k_argelim, ptr @k_ret, ptr @k_fastcc, ptr @k_ok, ptr @k_struct, ptr @k_coldcc_kept], section "llvm.metadata"

define i32 @k_argelim(i32 %x) noinline {
  ret i32 %x
}

define void @k_ret(i32 %x) noinline {
  ret void
}

define internal fastcc i32 @k_fastcc(i32 %x) noinline {
  ret i32 %x
}

define i32 @k_ok(i32 %x, ptr %p) noinline {
  ret i32 %x
}

define i32 @k_struct(%struct.s.12 %s) noinline {
  ret i32 0
}

define coldcc i32 @k_coldcc_kept(i32 %x) noinline {
  ret i32 %x
}

!kfunc.preserve = !{!0, !1, !2, !3, !4, !5}
!0 = !{!"kfunc.v1", !"name", !"k_argelim", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32, ptr)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!1 = !{!"kfunc.v1", !"name", !"k_ret", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!2 = !{!"kfunc.v1", !"name", !"k_fastcc", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!3 = !{!"kfunc.v1", !"name", !"k_ok", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32, ptr)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!4 = !{!"kfunc.v1", !"name", !"k_struct", !"sources", !"list", !"state", !"pinned", !"type", !"i32 ({ i32, ptr })", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!5 = !{!"kfunc.v1", !"name", !"k_coldcc_kept", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 9, !"front-end", !"", !"loc", !"", !"sets", !{}}
