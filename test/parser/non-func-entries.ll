; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; BTF_ID(struct, ...), BTF_ID(typedef, ...), BTF_ID(union, ...) name types,
; not functions: they are ignored even in a set8 and even when a function of
; the same name exists. Only `func` entries count.
; RUN: %opt -passes=kfunc-preserve -kfunc-btf-ids=all -S %s 2>%t.err | FileCheck %s
; RUN: count 0 < %t.err

module asm ".pushsection .BTF_ids,\22a\22; .local s; s:; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__set8__s:; .zero 4; .long 1; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__struct__task_struct__1:; .zero 4; .long 0; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__typedef__u32__2:; .zero 4; .long 0; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__union__bpf_attr__3:; .zero 4; .long 0; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__real_kfunc__4:; .zero 4; .long 0; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; .size __BTF_ID__set8__s, .-s; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; .local l; l:; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__struct__sk_buff__5:; .zero 4; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__typedef__pid_t__6:; .zero 4; .popsection;"

define void @task_struct() {
  ret void
}
define void @u32() {
  ret void
}
define void @bpf_attr() {
  ret void
}
define void @sk_buff() {
  ret void
}
define void @pid_t() {
  ret void
}
define void @real_kfunc() {
  ret void
}

; CHECK: @llvm.used = appending global [1 x ptr] [ptr @real_kfunc], section "llvm.metadata"
; CHECK: define void @task_struct() {
; CHECK: define void @u32() {
; CHECK: define void @bpf_attr() {
; CHECK: define void @sk_buff() {
; CHECK: define void @pid_t() {
; CHECK: !kfunc.preserve = !{![[R:[0-9]+]]}
; CHECK: ![[R]] = !{!"kfunc.v1", !"name", !"real_kfunc",
