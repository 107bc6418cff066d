; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Plain sets (BTF_SET_START/BTF_SET_END: `__BTF_ID__set__<name>`, 4-byte
; entries, no flags) and ID lists (BTF_ID_LIST(name): just a label, entries
; follow; BTF_ID_UNUSED is a bare `.zero 4`). Their func entries are the
; `btf-id` source, recorded with the set/list name and kind "set"/"list"
; when -kfunc-btf-ids=all pins them. An entry after a set is closed belongs
; to no set any more.
; RUN: %opt -passes=kfunc-preserve -kfunc-btf-ids=all -S %s 2>%t.err | FileCheck %s
; RUN: count 0 < %t.err
; RUN: %opt -passes=kfunc-preserve -S %s | FileCheck %s --check-prefix=DEFAULT

; BTF_SET_START(plain)  (6.12 form: the list label first, then the header)
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local plain;"
module asm "plain:;"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__set__plain;"
module asm "__BTF_ID__set__plain:;"
module asm ".zero 4"
module asm ".popsection;"
; BTF_ID(func, in_plain_set)
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__func__in_plain_set__5 ;"
module asm ".type  __BTF_ID__func__in_plain_set__5, STT_OBJECT;"
module asm ".size  __BTF_ID__func__in_plain_set__5, 4;"
module asm "__BTF_ID__func__in_plain_set__5:"
module asm ".zero 4"
module asm ".popsection;"
; BTF_SET_END(plain)
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".size __BTF_ID__set__plain, .-plain"
module asm ".popsection;"
; A stray BTF_ID right after the set's end: in no set, in no named list.
module asm ".pushsection .BTF_ids,\22a\22;"
module asm "__BTF_ID__func__stray__9:"
module asm ".zero 4"
module asm ".popsection;"
; BTF_ID_LIST(id_list) BTF_ID(func, first_in_list) BTF_ID_UNUSED BTF_ID(func, third_in_list)
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local id_list;"
module asm "id_list:;"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm "__BTF_ID__func__first_in_list__6:"
module asm ".zero 4"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".zero 4"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm "__BTF_ID__func__third_in_list__7:"
module asm ".zero 4"
module asm ".popsection;"
; BTF_ID_LIST_GLOBAL(global_list, 1) BTF_ID(func, in_global_list)
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".globl global_list;"
module asm "global_list:;"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm "__BTF_ID__func__in_global_list__8:"
module asm ".zero 4"
module asm ".popsection;"

define void @in_plain_set() {
  ret void
}
define void @stray() {
  ret void
}
define void @first_in_list() {
  ret void
}
define void @third_in_list() {
  ret void
}
define void @in_global_list() {
  ret void
}

; CHECK: @llvm.used = appending global [5 x ptr] [ptr @in_plain_set, ptr @stray, ptr @first_in_list, ptr @third_in_list, ptr @in_global_list], section "llvm.metadata"
; CHECK: !{!"kfunc.v1", !"name", !"in_plain_set", !"sources", !"btf-id", {{.*}}, !"sets", ![[S1:[0-9]+]]}
; CHECK: ![[S1]] = !{![[S1E:[0-9]+]]}
; CHECK: ![[S1E]] = !{!"plain", !"set", !"", !"", !""}
; CHECK: !{!"kfunc.v1", !"name", !"stray", !"sources", !"btf-id", {{.*}}, !"sets", ![[S0:[0-9]+]]}
; CHECK: ![[S0]] = !{![[S0E:[0-9]+]]}
; CHECK: ![[S0E]] = !{!"", !"list", !"", !"", !""}
; CHECK: !{!"kfunc.v1", !"name", !"first_in_list", !"sources", !"btf-id", {{.*}}, !"sets", ![[S2:[0-9]+]]}
; CHECK: ![[S2]] = !{![[S2E:[0-9]+]]}
; CHECK: ![[S2E]] = !{!"id_list", !"list", !"", !"", !""}
; CHECK: !{!"kfunc.v1", !"name", !"third_in_list", !"sources", !"btf-id", {{.*}}, !"sets", ![[S2]]}
; CHECK: !{!"kfunc.v1", !"name", !"in_global_list", !"sources", !"btf-id", {{.*}}, !"sets", ![[S3:[0-9]+]]}
; CHECK: ![[S3]] = !{![[S3E:[0-9]+]]}
; CHECK: ![[S3E]] = !{!"global_list", !"list", !"", !"", !""}

; DEFAULT-NOT: @llvm.used
; DEFAULT-NOT: !kfunc.preserve
