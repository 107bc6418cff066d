; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; renamed: the recorded name is gone, but <name>.<suffix> is defined (ThinLTO
; promotion .llvm.N, dead-argument elimination .argelim, function
; specialization .specialized.N). A kfunc gone without such a copy is lost,
; not renamed; a suffixed copy next to a kept original (k_kept.cold.1) is no
; finding.
; RUN: %opt -passes=kfunc-audit -disable-output %s 2>&1 | FileCheck %s --implicit-check-not=warning:
; RUN: %opt -passes=kfunc-audit -kfunc-checks=-renamed -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=OFF

; CHECK: warning: kfunc-audit: kfunc 'k_promoted' was renamed to 'k_promoted.llvm.4711' and is no longer defined under its own name [renamed]
; CHECK: warning: kfunc-audit: kfunc 'k_dae' was renamed to 'k_dae.argelim' and is no longer defined under its own name [renamed]
; CHECK: warning: kfunc-audit: kfunc 'k_spec' was renamed to 'k_spec.specialized.1', 'k_spec.specialized.2' and is no longer defined under its own name [renamed]
; CHECK: warning: kfunc-audit: kfunc 'k_gone' {{.*}} [lost]
; CHECK: warning: kfunc-audit: kfunc 'k.dotted' was renamed to 'k.dotted.llvm.9' and is no longer defined under its own name [renamed]
; CHECK-NOT: k_kept
; CHECK-NOT: k_gone' {{.*}}[renamed]
; With renamed off the copies are not looked at: still no "lost" for them.
; OFF-NOT: [renamed]
; OFF-NOT: 'k_promoted'
; OFF: kfunc 'k_gone' {{.*}} [lost]
; OFF-NOT: [renamed]

@llvm.used = appending global [1 x ptr] [ptr @k_kept], section "llvm.metadata"

define internal i32 @k_promoted.llvm.4711(i32 %x) noinline {
  ret i32 %x
}

define internal i32 @k_dae.argelim(i32 %x) noinline {
  ret i32 %x
}

define internal i32 @k_spec.specialized.1(i32 %x) noinline {
  ret i32 %x
}

define internal i32 @k_spec.specialized.2(i32 %x) noinline {
  ret i32 %x
}

define internal i32 @k.dotted.llvm.9(i32 %x) noinline {
  ret i32 %x
}

define i32 @k_kept(i32 %x) noinline {
  ret i32 %x
}

define internal i32 @k_kept.cold.1(i32 %x) noinline {
  ret i32 %x
}

!kfunc.preserve = !{!0, !1, !2, !3, !4, !5}
!0 = !{!"kfunc.v1", !"name", !"k_promoted", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!1 = !{!"kfunc.v1", !"name", !"k_dae", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32, i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!2 = !{!"kfunc.v1", !"name", !"k_spec", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!3 = !{!"kfunc.v1", !"name", !"k_kept", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!4 = !{!"kfunc.v1", !"name", !"k_gone", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!5 = !{!"kfunc.v1", !"name", !"k.dotted", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
