; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; A static, uncalled kfunc named only by a set8 table in module asm is pinned:
; noinline, in @llvm.used, and recorded. Functions the table does not name are
; left alone.
; RUN: %opt -passes=kfunc-preserve -S %s | FileCheck %s
; RUN: %opt -passes=kfunc-preserve -S %s | %opt -passes=verify -disable-output

module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local demo_kfunc_ids;"
module asm "demo_kfunc_ids:;"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__set8__demo_kfunc_ids;"
module asm "__BTF_ID__set8__demo_kfunc_ids:;"
module asm ".zero 4"
module asm ".long (1 << 0)"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__func__demo_acquire__490428 ;"
module asm ".type  __BTF_ID__func__demo_acquire__490428, STT_OBJECT;"
module asm ".size  __BTF_ID__func__demo_acquire__490428, 4;"
module asm "__BTF_ID__func__demo_acquire__490428:"
module asm ".zero 4"
module asm ".long (1 << 0) | (1 << 2)"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".size __BTF_ID__set8__demo_kfunc_ids, .-demo_kfunc_ids"
module asm ".popsection;"

; CHECK: @llvm.used = appending global [1 x ptr] [ptr @demo_acquire], section "llvm.metadata"

; CHECK: define internal ptr @demo_acquire() #[[PINNED:[0-9]+]]
define internal ptr @demo_acquire() {
  ret ptr null
}

; CHECK: define void @not_a_kfunc() {
define void @not_a_kfunc() {
  ret void
}

; CHECK: attributes #[[PINNED]] = { noinline }
; CHECK: !kfunc.preserve = !{![[R:[0-9]+]]}
; CHECK: ![[R]] = !{!"kfunc.v1", !"name", !"demo_acquire", !"sources", !"btf-set8", !"state", !"pinned", !"type", !"ptr ()", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", ![[SETS:[0-9]+]]}
; CHECK: ![[SETS]] = !{![[SET:[0-9]+]]}
; CHECK: ![[SET]] = !{!"demo_kfunc_ids", !"set8", i64 1, i64 5, !"(1 << 0) | (1 << 2)"}
