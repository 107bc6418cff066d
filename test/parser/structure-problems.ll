; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Asm the parser cannot make sense of is reported (a warning naming the
; module asm line), never fatal, and parsing goes on: a .popsection without
; .pushsection, a set that starts while another is open (the new one wins),
; the end of a set that is not open, a set label without a name, a set never
; closed. Entries around the problems are still found.
; RUN: %opt -passes=kfunc-preserve -S %s 2>%t.err | FileCheck %s
; RUN: FileCheck %s --check-prefix=WARN < %t.err
; RUN: %opt -passes=kfunc-preserve,verify -disable-output %s 2>/dev/null

module asm ".popsection"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__set8__first:; .zero 4; .long 1; .popsection"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__k1__1:; .zero 4; .long 0; .popsection"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__set8__second:; .zero 4; .long 1; .popsection"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__k2__2:; .zero 4; .long 0; .popsection"
module asm ".pushsection .BTF_ids,\22a\22; .size __BTF_ID__set8__first, .-first; .popsection"
module asm ".pushsection .BTF_ids,\22a\22; .size __BTF_ID__set8__second, .-second; .popsection"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__set8__:; .popsection"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__set__third:; .zero 4; .popsection"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__k3__3:; .zero 4; .popsection"

define void @k1() {
  ret void
}
define void @k2() {
  ret void
}
define void @k3() {
  ret void
}

; CHECK: @llvm.used = appending global [2 x ptr] [ptr @k1, ptr @k2], section "llvm.metadata"
; CHECK-DAG: !{!"first", !"set8", i64 1, i64 0, !"0"}
; CHECK-DAG: !{!"second", !"set8", i64 1, i64 0, !"0"}

; WARN: warning: kfunc-preserve: module asm line 1: '.popsection' without a matching '.pushsection'
; WARN-NEXT: warning: kfunc-preserve: module asm line 4: BTF set 'second' starts while set 'first' is still open
; WARN-NEXT: warning: kfunc-preserve: module asm line 6: end of BTF set8 'first' which is not open
; WARN-NEXT: warning: kfunc-preserve: module asm line 8: BTF set label '__BTF_ID__set8__' has no set name
; WARN-NEXT: warning: kfunc-preserve: module asm line 10: BTF set 'third' is not closed (no '.size' directive; it starts at line 9)
; WARN-NOT: warning
