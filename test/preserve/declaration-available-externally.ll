; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; A kfunc that is only declared here, or whose body here is an
; available_externally copy, is recorded (so that later passes know the name
; was promised) but not changed: no noinline, no used-list entry. The real
; definition, in another module, is pinned there.
; RUN: %opt -passes=kfunc-preserve -S %s 2>%t.err | FileCheck %s
; RUN: count 0 < %t.err
; RUN: %opt -passes=kfunc-preserve,verify -disable-output %s

module asm ".pushsection .BTF_ids,\22a\22; .local s; s:; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__set8__s:; .zero 4; .long 1; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_decl__1:; .zero 4; .long 0; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_avail__2:; .zero 4; .long 0; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_def__3:; .zero 4; .long 0; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; .size __BTF_ID__set8__s, .-s; .popsection;"

; CHECK: @llvm.used = appending global [1 x ptr] [ptr @kf_def], section "llvm.metadata"

; CHECK: declare i32 @kf_decl(ptr)
declare i32 @kf_decl(ptr)

; CHECK: define available_externally i32 @kf_avail(i32 %x) #[[AE:[0-9]+]] {
define available_externally i32 @kf_avail(i32 %x) inlinehint {
  ret i32 %x
}

; CHECK: define void @kf_def() #[[PIN:[0-9]+]] {
define void @kf_def() {
  ret void
}

; CHECK-DAG: attributes #[[AE]] = { inlinehint }
; CHECK-DAG: attributes #[[PIN]] = { noinline }
; CHECK: !kfunc.preserve = !{![[D:[0-9]+]], ![[A:[0-9]+]], ![[P:[0-9]+]]}
; CHECK: ![[D]] = !{!"kfunc.v1", !"name", !"kf_decl", !"sources", !"btf-set8", !"state", !"declaration", !"type", !"i32 (ptr)", !"cc", i64 0, !"front-end", !"",
; CHECK: ![[A]] = !{!"kfunc.v1", !"name", !"kf_avail", !"sources", !"btf-set8", !"state", !"available-externally", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"",
; CHECK: ![[P]] = !{!"kfunc.v1", !"name", !"kf_def", !"sources", !"btf-set8", !"state", !"pinned",
