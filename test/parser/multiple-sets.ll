; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Several sets in one module; a kfunc listed in two set8s (with different
; flags) and in a BTF_ID_LIST is pinned once and recorded with every set, in
; asm order. A set listed twice with identical data is recorded once.
; RUN: %opt -passes=kfunc-preserve -S %s 2>%t.err | FileCheck %s
; RUN: count 0 < %t.err

; BTF_KFUNCS_START(generic_set) BTF_ID_FLAGS(func, kf_shared, KF_ACQUIRE) BTF_ID_FLAGS(func, kf_generic) BTF_KFUNCS_END(generic_set)
module asm ".pushsection .BTF_ids,\22a\22; .local generic_set; generic_set:; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__set8__generic_set:; .zero 4; .long (1 << 0); .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_shared__100:; .zero 4; .long (1 << 0); .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_generic__101:; .zero 4; .long 0; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; .size __BTF_ID__set8__generic_set, .-generic_set; .popsection;"
; BTF_KFUNCS_START(tracing_set) BTF_ID_FLAGS(func, kf_shared, KF_ACQUIRE | KF_SLEEPABLE) BTF_ID_FLAGS(func, kf_tracing) BTF_KFUNCS_END(tracing_set)
module asm ".pushsection .BTF_ids,\22a\22; .local tracing_set; tracing_set:; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__set8__tracing_set:; .zero 4; .long (1 << 0); .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_shared__200:; .zero 4; .long (1 << 0) | (1 << 5); .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_shared__201:; .zero 4; .long (1 << 0) | (1 << 5); .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_tracing__202:; .zero 4; .long 0; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; .size __BTF_ID__set8__tracing_set, .-tracing_set; .popsection;"
; BTF_ID_LIST(dtor_ids) BTF_ID(func, kf_shared)
module asm ".pushsection .BTF_ids,\22a\22; .local dtor_ids; dtor_ids:; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_shared__300:; .zero 4; .popsection;"

define ptr @kf_shared() {
  ret ptr null
}
define void @kf_generic() {
  ret void
}
define void @kf_tracing() {
  ret void
}

; CHECK: @llvm.used = appending global [3 x ptr] [ptr @kf_shared, ptr @kf_generic, ptr @kf_tracing], section "llvm.metadata"
; CHECK: !kfunc.preserve = !{![[A:[0-9]+]], ![[B:[0-9]+]], ![[C:[0-9]+]]}
; CHECK: ![[A]] = !{!"kfunc.v1", !"name", !"kf_shared", !"sources", !"btf-set8,btf-id", {{.*}}, !"sets", ![[SETS:[0-9]+]]}
; CHECK: ![[SETS]] = !{![[S1:[0-9]+]], ![[S2:[0-9]+]], ![[S3:[0-9]+]]}
; CHECK: ![[S1]] = !{!"generic_set", !"set8", i64 1, i64 1, !"(1 << 0)"}
; CHECK: ![[S2]] = !{!"tracing_set", !"set8", i64 1, i64 33, !"(1 << 0) | (1 << 5)"}
; CHECK: ![[S3]] = !{!"dtor_ids", !"list", !"", !"", !""}
; CHECK: ![[B]] = !{!"kfunc.v1", !"name", !"kf_generic", !"sources", !"btf-set8", {{.*}}, !"sets", ![[BS:[0-9]+]]}
; CHECK: ![[BS]] = !{![[BS1:[0-9]+]]}
; CHECK: ![[BS1]] = !{!"generic_set", !"set8", i64 1, i64 0, !"0"}
; CHECK: ![[C]] = !{!"kfunc.v1", !"name", !"kf_tracing", !"sources", !"btf-set8", {{.*}}, !"sets", ![[CS:[0-9]+]]}
; CHECK: ![[CS]] = !{![[CS1:[0-9]+]]}
; CHECK: ![[CS1]] = !{!"tracing_set", !"set8", i64 1, i64 0, !"0"}
