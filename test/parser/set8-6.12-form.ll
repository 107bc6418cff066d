; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; The exact asm clang emits for Linux 6.12's BTF_KFUNCS_START / BTF_ID_FLAGS /
; BTF_KFUNCS_END (docs/internals.md, section 2), trailing blanks included: one module asm line
; per asm line. Every func entry of the set8 is found, with the set's name,
; the set flags and each entry's evaluated flags and flag text, and pinned.
; RUN: %opt -passes=kfunc-preserve -S %s 2>%t.err | FileCheck %s
; RUN: count 0 < %t.err

module asm ".pushsection .BTF_ids,\22a\22;       "
module asm ".local cpumask_kfunc_btf_ids;                        "
module asm "cpumask_kfunc_btf_ids:;                                      "
module asm ".popsection;                                  "
module asm ".pushsection .BTF_ids,\22a\22;       "
module asm ".local __BTF_ID__set8__cpumask_kfunc_btf_ids;        "
module asm "__BTF_ID__set8__cpumask_kfunc_btf_ids:;                   "
module asm ".zero 4                                       "
module asm ".long (1 << 0)"
module asm ".popsection;                                  "
module asm ".pushsection .BTF_ids,\22a\22;       "
module asm ".local __BTF_ID__func__bpf_cpumask_create__490428 ;                          "
module asm ".type  __BTF_ID__func__bpf_cpumask_create__490428, STT_OBJECT;               "
module asm ".size  __BTF_ID__func__bpf_cpumask_create__490428, 4;                        "
module asm "__BTF_ID__func__bpf_cpumask_create__490428:                                     "
module asm ".zero 4                                       "
module asm ".long (1 << 0) | (1 << 2)"
module asm ".popsection;                                  "
module asm ".pushsection .BTF_ids,\22a\22;       "
module asm ".local __BTF_ID__func__bpf_cpumask_release__491429 ;                          "
module asm ".type  __BTF_ID__func__bpf_cpumask_release__491429, STT_OBJECT;               "
module asm ".size  __BTF_ID__func__bpf_cpumask_release__491429, 4;                        "
module asm "__BTF_ID__func__bpf_cpumask_release__491429:                                     "
module asm ".zero 4                                       "
module asm ".long (1 << 1)"
module asm ".popsection;                                  "
module asm ".pushsection .BTF_ids,\22a\22;       "
module asm ".local __BTF_ID__func__bpf_cpumask_first__492430 ;                          "
module asm ".type  __BTF_ID__func__bpf_cpumask_first__492430, STT_OBJECT;               "
module asm ".size  __BTF_ID__func__bpf_cpumask_first__492430, 4;                        "
module asm "__BTF_ID__func__bpf_cpumask_first__492430:                                     "
module asm ".zero 4                                       "
module asm ".long (1 << 7)"
module asm ".popsection;                                  "
module asm ".pushsection .BTF_ids,\22a\22;       "
module asm ".local __BTF_ID__func__bpf_cpumask_empty__493431 ;                          "
module asm ".type  __BTF_ID__func__bpf_cpumask_empty__493431, STT_OBJECT;               "
module asm ".size  __BTF_ID__func__bpf_cpumask_empty__493431, 4;                        "
module asm "__BTF_ID__func__bpf_cpumask_empty__493431:                                     "
module asm ".zero 4                                       "
module asm ".long 0"
module asm ".popsection;                                  "
module asm ".pushsection .BTF_ids,\22a\22;      "
module asm ".size __BTF_ID__set8__cpumask_kfunc_btf_ids, .-cpumask_kfunc_btf_ids  "
module asm ".popsection;                                 "

define ptr @bpf_cpumask_create() {
  ret ptr null
}
define void @bpf_cpumask_release(ptr %m) {
  ret void
}
define internal i32 @bpf_cpumask_first(ptr %m) {
  ret i32 0
}
define internal i1 @bpf_cpumask_empty(ptr %m) {
  ret i1 true
}

; CHECK: @llvm.used = appending global [4 x ptr] [ptr @bpf_cpumask_create, ptr @bpf_cpumask_release, ptr @bpf_cpumask_first, ptr @bpf_cpumask_empty], section "llvm.metadata"
; CHECK: !kfunc.preserve = !{![[A:[0-9]+]], ![[B:[0-9]+]], ![[C:[0-9]+]], ![[D:[0-9]+]]}
; CHECK: ![[A]] = !{!"kfunc.v1", !"name", !"bpf_cpumask_create", !"sources", !"btf-set8", !"state", !"pinned", !"type", !"ptr ()", {{.*}}, !"sets", ![[AS:[0-9]+]]}
; CHECK: ![[AS]] = !{![[AS1:[0-9]+]]}
; CHECK: ![[AS1]] = !{!"cpumask_kfunc_btf_ids", !"set8", i64 1, i64 5, !"(1 << 0) | (1 << 2)"}
; CHECK: ![[B]] = !{!"kfunc.v1", !"name", !"bpf_cpumask_release", {{.*}}, !"sets", ![[BS:[0-9]+]]}
; CHECK: ![[BS]] = !{![[BS1:[0-9]+]]}
; CHECK: ![[BS1]] = !{!"cpumask_kfunc_btf_ids", !"set8", i64 1, i64 2, !"(1 << 1)"}
; CHECK: ![[C]] = !{!"kfunc.v1", !"name", !"bpf_cpumask_first", {{.*}}, !"sets", ![[CS:[0-9]+]]}
; CHECK: ![[CS]] = !{![[CS1:[0-9]+]]}
; CHECK: ![[CS1]] = !{!"cpumask_kfunc_btf_ids", !"set8", i64 1, i64 128, !"(1 << 7)"}
; CHECK: ![[D]] = !{!"kfunc.v1", !"name", !"bpf_cpumask_empty", {{.*}}, !"sets", ![[DS:[0-9]+]]}
; CHECK: ![[DS]] = !{![[DS1:[0-9]+]]}
; CHECK: ![[DS1]] = !{!"cpumask_kfunc_btf_ids", !"set8", i64 1, i64 0, !"0"}
