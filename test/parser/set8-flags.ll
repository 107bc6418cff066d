; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Set8 headers: since 6.9 `.zero 4` (count) then `.long <set flags>`, bit 0
; (BTF_SET8_KFUNCS) marking a kfunc set; BTF_SET8_START gives flags 0 (e.g.
; mptcp's fmod_ret targets, which must not be inlined either). In 6.0-6.8 the
; header is a bare `.zero 8`, no flags word: the set flags are unknown ("")
; and the first entry's `.long` must not be taken for them. Every func entry
; of any set8 is pinned by default.
; RUN: %opt -passes=kfunc-preserve -S %s 2>%t.err | FileCheck %s
; RUN: count 0 < %t.err

; BTF_KFUNCS_START(kfunc_set): flags (1 << 0)
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local kfunc_set;"
module asm "kfunc_set:;"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__set8__kfunc_set;"
module asm "__BTF_ID__set8__kfunc_set:;"
module asm ".zero 4"
module asm ".long (1 << 0)"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm "__BTF_ID__func__kf_in_kfunc_set__10:"
module asm ".zero 4"
module asm ".long (1 << 5)"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".size __BTF_ID__set8__kfunc_set, .-kfunc_set"
module asm ".popsection;"
; BTF_SET8_START(fmodret_set) in 6.9+: flags 0
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local fmodret_set;"
module asm "fmodret_set:;"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__set8__fmodret_set;"
module asm "__BTF_ID__set8__fmodret_set:;"
module asm ".zero 4"
module asm ".long 0"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm "__BTF_ID__func__update_socket_protocol__20:"
module asm ".zero 4"
module asm ".long 0"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".size __BTF_ID__set8__fmodret_set, .-fmodret_set"
module asm ".popsection;"
; BTF_SET8_START(old_set) in 6.0-6.8: `.zero 8`, no flags word
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local old_set;"
module asm "old_set:;"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__set8__old_set;"
module asm "__BTF_ID__set8__old_set:;"
module asm ".zero 8"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__func__old_kfunc__30 ;"
module asm ".type  __BTF_ID__func__old_kfunc__30, STT_OBJECT;"
module asm ".size  __BTF_ID__func__old_kfunc__30, 4;"
module asm "__BTF_ID__func__old_kfunc__30:"
module asm ".zero 4"
module asm ".long (1 << 0) | (1 << 1)"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm "__BTF_ID__func__old_kfunc2__31:"
module asm ".zero 4"
module asm ".long (1 << 2)"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".size __BTF_ID__set8__old_set, .-old_set"
module asm ".popsection;"

define void @kf_in_kfunc_set() {
  ret void
}
define i32 @update_socket_protocol(i32 %f, i32 %t, i32 %p) {
  ret i32 %p
}
define void @old_kfunc() {
  ret void
}
define void @old_kfunc2() {
  ret void
}

; CHECK: @llvm.used = appending global [4 x ptr] [ptr @kf_in_kfunc_set, ptr @update_socket_protocol, ptr @old_kfunc, ptr @old_kfunc2], section "llvm.metadata"
; CHECK-DAG: !{!"kfunc_set", !"set8", i64 1, i64 32, !"(1 << 5)"}
; CHECK-DAG: !{!"fmodret_set", !"set8", i64 0, i64 0, !"0"}
; CHECK-DAG: !{!"old_set", !"set8", !"", i64 3, !"(1 << 0) | (1 << 1)"}
; CHECK-DAG: !{!"old_set", !"set8", !"", i64 4, !"(1 << 2)"}
