; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Truncated .BTF_ids asm: the module asm ends inside a set8, in the middle of
; an entry's flags expression, without .size or .popsection. The entries
; before the cut are still pinned; the open set and the unreadable flags are
; reported; the output verifies.
; RUN: %opt -passes=kfunc-preserve -S %s 2>%t.err | FileCheck %s
; RUN: FileCheck %s --check-prefix=WARN --implicit-check-not=error: < %t.err
; RUN: %opt -passes=kfunc-preserve,kfunc-audit,verify -disable-output %s 2>/dev/null

module asm ".pushsection .BTF_ids,\22a\22; cut_set:; .popsection"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__set8__cut_set:; .zero 4; .long 1; .popsection"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__first__1:; .zero 4; .long 0; .popsection"
module asm ".pushsection .BTF_ids,\22a\22"
module asm "__BTF_ID__func__second__2:"
module asm ".zero 4"
module asm ".long (1 << 0) | (1 <"

; WARN: warning: kfunc-preserve: module asm line 7: cannot evaluate flags '(1 << 0) | (1 <' of BTF id 'second'; flags unknown
; WARN: warning: kfunc-preserve: module asm line 7: BTF set8 'cut_set' is not closed

; CHECK: @llvm.used = appending global [2 x ptr] [ptr @first, ptr @second]
; CHECK: !{!"kfunc.v1", !"name", !"second",{{.*}}!"sets", ![[S:[0-9]+]]}
; CHECK: ![[S]] = !{![[E:[0-9]+]]}
; CHECK: ![[E]] = !{!"cut_set", !"set8", i64 1, !"", !"(1 << 0) | (1 <"}
define void @first() {
  ret void
}
define void @second() {
  ret void
}
