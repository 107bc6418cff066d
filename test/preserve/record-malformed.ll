; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Malformed !kfunc.preserve nodes (wrong tag, no name, no state, bad sets)
; are reported once, with their count, and dropped when the record is
; rewritten; well-formed records are kept and unknown keys in them ignored.
; RUN: %opt -passes=kfunc-preserve -S %s 2>%t.err | FileCheck %s
; RUN: FileCheck %s --check-prefix=WARN < %t.err
; RUN: %opt -passes=kfunc-preserve,verify -disable-output %s 2>/dev/null

define void @kf_old() noinline {
  ret void
}

!kfunc.preserve = !{!0, !1, !2, !3, !4}
!0 = !{!"kfunc.v1", !"name", !"kf_old", !"sources", !"list", !"state", !"pinned", !"type", !"void ()", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"future-key", !"x", !"sets", !5}
!1 = !{!"not-a-record", !"name", !"x"}
!2 = !{!"kfunc.v1", !"state", !"pinned"}
!3 = !{!"kfunc.v1", !"name", !"no_state"}
!4 = !{!"kfunc.v1", !"name", !"bad_sets", !"state", !"pinned", !"sets", !"oops"}
!5 = !{}

; CHECK: !kfunc.preserve = !{![[R:[0-9]+]]}
; CHECK: ![[R]] = !{!"kfunc.v1", !"name", !"kf_old", !"sources", !"list", !"state", !"pinned", !"type", !"void ()",
; CHECK-NOT: not-a-record
; CHECK-NOT: no_state
; CHECK-NOT: bad_sets
; WARN: warning: kfunc-preserve: 4 malformed !kfunc.preserve node(s) ignored
; WARN-NOT: warning
