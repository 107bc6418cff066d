; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; renamed: the recorded name is gone, but <name><suffix> is defined, with a
; suffix compilers make (ThinLTO promotion .llvm.N, dead-argument elimination
; .argelim, function specialization .specialized.N, GCC's chains
; .constprop.N.isra.N, .cold); the finding names the suffix and what makes
; it. A kfunc gone without such a copy is lost, not renamed: `main.main` or
; `k_other.foo` are other functions. A suffixed copy next to a kept original
; (k_kept.cold.1) is no finding.
; RUN: %opt -passes=kfunc-audit -disable-output %s 2>&1 | FileCheck %s --implicit-check-not=warning:
; RUN: %opt -passes=kfunc-audit -kfunc-checks=-renamed -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=OFF

; CHECK: warning: kfunc-audit: kfunc 'k_promoted' was renamed to 'k_promoted.llvm.4711' (suffix '.llvm.4711': ThinLTO promotion of a static) and is no longer defined under its own name [renamed]
; CHECK: warning: kfunc-audit: kfunc 'k_dae' was renamed to 'k_dae.argelim' (suffix '.argelim': dead-argument elimination) and is no longer defined under its own name [renamed]
; CHECK: warning: kfunc-audit: kfunc 'k_spec' was renamed to 'k_spec.specialized.1' (suffix '.specialized.1': LLVM's function specialization), 'k_spec.specialized.2' (suffix '.specialized.2': LLVM's function specialization) and is no longer defined under its own name [renamed]
; CHECK: warning: kfunc-audit: kfunc 'k_gone' {{.*}} [lost]
; CHECK: warning: kfunc-audit: kfunc 'k.dotted' was renamed to 'k.dotted.llvm.9' (suffix '.llvm.9': ThinLTO promotion of a static) and is no longer defined under its own name [renamed]
; CHECK: warning: kfunc-audit: kfunc 'k_gcc' was renamed to 'k_gcc.constprop.0.isra.0' (suffix '.constprop.0.isra.0': constant propagation into a clone) and is no longer defined under its own name [renamed]
; CHECK: warning: kfunc-audit: kfunc 'k_split' was renamed to 'k_split.cold' (suffix '.cold': hot/cold splitting) and is no longer defined under its own name [renamed]
; CHECK: warning: kfunc-audit: kfunc 'main' was defined when pinned and is no longer defined in this module [lost]
; CHECK: warning: kfunc-audit: kfunc 'k_other' was defined when pinned and is no longer defined in this module [lost]
; CHECK-NOT: 'main.main'
; CHECK-NOT: 'k_other.foo'
; CHECK-NOT: 'k_other.llvm.'
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

define internal i32 @k_gcc.constprop.0.isra.0(i32 %x) noinline {
  ret i32 %x
}

define internal i32 @k_split.cold(i32 %x) noinline {
  ret i32 %x
}

; Not copies: no compiler makes these suffixes (or they are incomplete).
define i32 @main.main(i32 %x) noinline {
  ret i32 %x
}

define i32 @k_other.foo(i32 %x) noinline {
  ret i32 %x
}

define i32 @k_other.llvm.(i32 %x) noinline {
  ret i32 %x
}

define i32 @k_kept(i32 %x) noinline {
  ret i32 %x
}

define internal i32 @k_kept.cold.1(i32 %x) noinline {
  ret i32 %x
}

!kfunc.preserve = !{!0, !1, !2, !3, !4, !5, !6, !7, !8, !9}
!0 = !{!"kfunc.v1", !"name", !"k_promoted", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!1 = !{!"kfunc.v1", !"name", !"k_dae", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32, i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!2 = !{!"kfunc.v1", !"name", !"k_spec", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!3 = !{!"kfunc.v1", !"name", !"k_kept", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!4 = !{!"kfunc.v1", !"name", !"k_gone", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!5 = !{!"kfunc.v1", !"name", !"k.dotted", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!6 = !{!"kfunc.v1", !"name", !"k_gcc", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!7 = !{!"kfunc.v1", !"name", !"k_split", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!8 = !{!"kfunc.v1", !"name", !"main", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!9 = !{!"kfunc.v1", !"name", !"k_other", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
