; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Source `btf-id`: func entries outside set8 tables -- a BTF_ID_LIST and a
; plain __BTF_ID__set__ set -- name ordinary kernel functions. By default
; (-kfunc-btf-ids=set8) they are neither pinned nor recorded; set8 entries
; are. With =all both are pinned and recorded; with =none neither is.
; RUN: %opt -passes=kfunc-preserve -S %s | FileCheck %s --check-prefix=SET8
; RUN: %opt -passes=kfunc-preserve -kfunc-btf-ids=set8 -S %s | FileCheck %s --check-prefix=SET8
; RUN: %opt -passes=kfunc-preserve -kfunc-btf-ids=all -S %s | FileCheck %s --check-prefix=ALL
; RUN: %opt -passes=kfunc-preserve -kfunc-btf-ids=none -S %s | FileCheck %s --check-prefix=NONE
; RUN: %opt -passes=kfunc-preserve,verify -kfunc-btf-ids=all -disable-output %s
; A list name still pins under =none: the user's lists are not BTF tables.
; RUN: %opt -passes=kfunc-preserve -kfunc-btf-ids=none -kfunc=listed_fn -S %s | FileCheck %s --check-prefix=NONE-LIST
; RUN: not %opt -passes=kfunc-preserve -kfunc-btf-ids=some -disable-output %s 2>&1 | FileCheck %s --check-prefix=BAD

; BTF_ID_LIST(attach_list) BTF_ID(func, vfs_truncate)
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local attach_list;"
module asm "attach_list:;"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__func__vfs_truncate__1101 ;"
module asm ".type  __BTF_ID__func__vfs_truncate__1101, STT_OBJECT;"
module asm ".size  __BTF_ID__func__vfs_truncate__1101, 4;"
module asm "__BTF_ID__func__vfs_truncate__1101:"
module asm ".zero 4"
module asm ".popsection;"
; BTF_SET_START(old_set) BTF_ID(func, old_kfunc) BTF_SET_END(old_set)
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local old_set;"
module asm "old_set:;"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__set__old_set;"
module asm "__BTF_ID__set__old_set:;"
module asm ".zero 4"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__func__old_kfunc__2102 ;"
module asm ".type  __BTF_ID__func__old_kfunc__2102, STT_OBJECT;"
module asm ".size  __BTF_ID__func__old_kfunc__2102, 4;"
module asm "__BTF_ID__func__old_kfunc__2102:"
module asm ".zero 4"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".size __BTF_ID__set__old_set, .-old_set"
module asm ".popsection;"
; BTF_KFUNCS_START(new_set) BTF_ID_FLAGS(func, new_kfunc) BTF_KFUNCS_END(new_set)
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local new_set;"
module asm "new_set:;"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__set8__new_set;"
module asm "__BTF_ID__set8__new_set:;"
module asm ".zero 4"
module asm ".long (1 << 0)"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__func__new_kfunc__3103 ;"
module asm ".type  __BTF_ID__func__new_kfunc__3103, STT_OBJECT;"
module asm ".size  __BTF_ID__func__new_kfunc__3103, 4;"
module asm "__BTF_ID__func__new_kfunc__3103:"
module asm ".zero 4"
module asm ".long 0"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".size __BTF_ID__set8__new_set, .-new_set"
module asm ".popsection;"

define void @vfs_truncate() {
  ret void
}
define internal void @old_kfunc() {
  ret void
}
define internal void @new_kfunc() {
  ret void
}
define void @listed_fn() {
  ret void
}

; SET8: @llvm.used = appending global [1 x ptr] [ptr @new_kfunc], section "llvm.metadata"
; SET8: define void @vfs_truncate() {
; SET8: define internal void @old_kfunc() {
; SET8: define internal void @new_kfunc() #[[PIN:[0-9]+]] {
; SET8: attributes #[[PIN]] = { noinline }
; SET8: !kfunc.preserve = !{![[R:[0-9]+]]}
; SET8: ![[R]] = !{!"kfunc.v1", !"name", !"new_kfunc", !"sources", !"btf-set8", {{.*}} !"sets", ![[SETS:[0-9]+]]}
; SET8: ![[SETS]] = !{![[S:[0-9]+]]}
; SET8: ![[S]] = !{!"new_set", !"set8", i64 1, i64 0, !"0"}
; SET8-NOT: vfs_truncate
; SET8-NOT: old_kfunc

; ALL: @llvm.used = appending global [3 x ptr] [ptr @vfs_truncate, ptr @old_kfunc, ptr @new_kfunc], section "llvm.metadata"
; ALL: define void @vfs_truncate() #[[PIN:[0-9]+]] {
; ALL: define internal void @old_kfunc() #[[PIN]] {
; ALL: define internal void @new_kfunc() #[[PIN]] {
; ALL: define void @listed_fn() {
; ALL-DAG: !{!"kfunc.v1", !"name", !"vfs_truncate", !"sources", !"btf-id", !"state", !"pinned", {{.*}} !"sets", ![[LS:[0-9]+]]}
; ALL-DAG: !{!"kfunc.v1", !"name", !"old_kfunc", !"sources", !"btf-id", !"state", !"pinned", {{.*}} !"sets", ![[OS:[0-9]+]]}
; ALL-DAG: ![[LS]] = !{![[L:[0-9]+]]}
; ALL-DAG: ![[L]] = !{!"attach_list", !"list", !"", !"", !""}
; ALL-DAG: ![[OS]] = !{![[O:[0-9]+]]}
; ALL-DAG: ![[O]] = !{!"old_set", !"set", !"", !"", !""}

; NONE-NOT: @llvm.used
; NONE-NOT: noinline
; NONE-NOT: !kfunc.preserve

; NONE-LIST: @llvm.used = appending global [1 x ptr] [ptr @listed_fn], section "llvm.metadata"
; NONE-LIST: define void @vfs_truncate() {
; NONE-LIST: define internal void @old_kfunc() {
; NONE-LIST: define internal void @new_kfunc() {
; NONE-LIST: define void @listed_fn() #{{[0-9]+}} {
; NONE-LIST: !kfunc.preserve = !{![[R:[0-9]+]]}
; NONE-LIST: ![[R]] = !{!"kfunc.v1", !"name", !"listed_fn", !"sources", !"list",

; BAD: invalid value 'some' for option 'kfunc-btf-ids' (expected none, set8 or all)
