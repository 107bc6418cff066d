; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Flags the parser cannot evaluate (an unexpanded macro name, a shift past 63,
; a syntax error, an empty operand) are reported as unknown -- a warning with
; the asm line, and "" for the value in the record next to the text as
; written -- and the entry is still pinned. So are unevaluable set flags.
; RUN: %opt -passes=kfunc-preserve -S %s 2>%t.err | FileCheck %s
; RUN: FileCheck %s --check-prefix=WARN < %t.err

module asm ".pushsection .BTF_ids,\22a\22; .local s; s:; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__set8__s:; .zero 4; .long BTF_SET8_KFUNCS; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__k_macro__1:; .zero 4; .long KF_ACQUIRE | KF_RET_NULL; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__k_shift__2:; .zero 4; .long (1 << 64); .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__k_syntax__3:; .zero 4; .long (1 << 2; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__k_empty__5:; .zero 4; .long ; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__k_ok__4:; .zero 4; .long 2; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; .size __BTF_ID__set8__s, .-s; .popsection;"

define void @k_macro() {
  ret void
}
define void @k_shift() {
  ret void
}
define void @k_syntax() {
  ret void
}
define void @k_empty() {
  ret void
}
define void @k_ok() {
  ret void
}

; CHECK: @llvm.used = appending global [5 x ptr] [ptr @k_macro, ptr @k_shift, ptr @k_syntax, ptr @k_empty, ptr @k_ok], section "llvm.metadata"
; CHECK-DAG: !{!"s", !"set8", !"", !"", !"KF_ACQUIRE | KF_RET_NULL"}
; CHECK-DAG: !{!"s", !"set8", !"", !"", !"(1 << 64)"}
; CHECK-DAG: !{!"s", !"set8", !"", !"", !"(1 << 2"}
; CHECK-DAG: !{!"s", !"set8", !"", !"", !""}
; CHECK-DAG: !{!"s", !"set8", !"", i64 2, !"2"}

; WARN: warning: kfunc-preserve: module asm line 2: cannot evaluate flags 'BTF_SET8_KFUNCS' of set 's'
; WARN-NEXT: warning: kfunc-preserve: module asm line 3: cannot evaluate flags 'KF_ACQUIRE | KF_RET_NULL' of BTF id 'k_macro'; flags unknown
; WARN-NEXT: warning: kfunc-preserve: module asm line 4: cannot evaluate flags '(1 << 64)' of BTF id 'k_shift'; flags unknown
; WARN-NEXT: warning: kfunc-preserve: module asm line 5: cannot evaluate flags '(1 << 2' of BTF id 'k_syntax'; flags unknown
; WARN-NEXT: warning: kfunc-preserve: module asm line 6: cannot evaluate flags '' of BTF id 'k_empty'; flags unknown
; WARN-NOT: warning
