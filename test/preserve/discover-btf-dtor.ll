; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Source `btf-dtor`: register_btf_id_dtor_kfuncs() takes BTF_ID_LISTs of
; (struct, destructor) pairs (generic_dtor_ids in kernel/bpf/helpers.c). A
; destructor whose id is 0 makes that registration and its initcall fail at
; boot, so by default (-kfunc-btf-ids=set8) a func entry right after a
; struct entry of the same list is pinned like a set8 kfunc; other list
; entries (attach lists of ordinary functions) are not. =none pins neither.
; RUN: %opt -passes=kfunc-preserve -S %s | FileCheck %s --check-prefix=SET8
; RUN: %opt -passes=kfunc-preserve -kfunc-btf-ids=none -S %s | FileCheck %s --check-prefix=NONE
; RUN: %opt -passes=kfunc-preserve,verify -disable-output %s

; BTF_ID_LIST(generic_dtor_ids) BTF_ID(struct, task_struct)
;   BTF_ID(func, task_dtor) BTF_ID(struct, cgroup) BTF_ID(func, cgroup_dtor)
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local generic_dtor_ids;"
module asm "generic_dtor_ids:;"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__struct__task_struct__11 ;"
module asm ".type  __BTF_ID__struct__task_struct__11, STT_OBJECT;"
module asm ".size  __BTF_ID__struct__task_struct__11, 4;"
module asm "__BTF_ID__struct__task_struct__11:"
module asm ".zero 4"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__func__task_dtor__12 ;"
module asm ".type  __BTF_ID__func__task_dtor__12, STT_OBJECT;"
module asm ".size  __BTF_ID__func__task_dtor__12, 4;"
module asm "__BTF_ID__func__task_dtor__12:"
module asm ".zero 4"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__struct__cgroup__13 ;"
module asm ".type  __BTF_ID__struct__cgroup__13, STT_OBJECT;"
module asm ".size  __BTF_ID__struct__cgroup__13, 4;"
module asm "__BTF_ID__struct__cgroup__13:"
module asm ".zero 4"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__func__cgroup_dtor__14 ;"
module asm ".type  __BTF_ID__func__cgroup_dtor__14, STT_OBJECT;"
module asm ".size  __BTF_ID__func__cgroup_dtor__14, 4;"
module asm "__BTF_ID__func__cgroup_dtor__14:"
module asm ".zero 4"
module asm ".popsection;"
; BTF_ID_LIST(type_list) BTF_ID(struct, socket): ends on a struct; the next
; list's first func is not its destructor.
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local type_list;"
module asm "type_list:;"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__struct__socket__21 ;"
module asm ".type  __BTF_ID__struct__socket__21, STT_OBJECT;"
module asm ".size  __BTF_ID__struct__socket__21, 4;"
module asm "__BTF_ID__struct__socket__21:"
module asm ".zero 4"
module asm ".popsection;"
; BTF_ID_LIST(attach_list) BTF_ID(func, first_fn) BTF_ID(func, second_fn)
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local attach_list;"
module asm "attach_list:;"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__func__first_fn__31 ;"
module asm ".type  __BTF_ID__func__first_fn__31, STT_OBJECT;"
module asm ".size  __BTF_ID__func__first_fn__31, 4;"
module asm "__BTF_ID__func__first_fn__31:"
module asm ".zero 4"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__func__second_fn__32 ;"
module asm ".type  __BTF_ID__func__second_fn__32, STT_OBJECT;"
module asm ".size  __BTF_ID__func__second_fn__32, 4;"
module asm "__BTF_ID__func__second_fn__32:"
module asm ".zero 4"
module asm ".popsection;"

define void @task_dtor(ptr %p) {
  ret void
}
define void @cgroup_dtor(ptr %p) {
  ret void
}
define void @first_fn() {
  ret void
}
define void @second_fn() {
  ret void
}

; SET8: @llvm.used = appending global [2 x ptr] [ptr @task_dtor, ptr @cgroup_dtor], section "llvm.metadata"
; SET8: define void @task_dtor(ptr %p) #[[ATTR:[0-9]+]]
; SET8: define void @cgroup_dtor(ptr %p) #[[ATTR]]
; SET8: define void @first_fn() {
; SET8: define void @second_fn() {
; SET8: attributes #[[ATTR]] = { noinline }
; SET8: !"name", !"task_dtor", !"sources", !"btf-id,btf-dtor"
; SET8: !"name", !"cgroup_dtor", !"sources", !"btf-id,btf-dtor"
; SET8-NOT: first_fn
; SET8-NOT: second_fn

; NONE-NOT: @llvm.used
; NONE: define void @task_dtor(ptr %p) {
; NONE: define void @cgroup_dtor(ptr %p) {
