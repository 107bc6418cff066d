; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; The record survives writing and reading bitcode, and kfunc-preserve on the
; read module finds it and leaves it as it is (front-end marks included,
; although the function is now noinline). %opt_typed and pointer-free IR, so
; that LLVM 14's llvm-dis (typed pointers only) reads the bitcode too.
; RUN: %opt_typed -passes=kfunc-preserve -kfunc=kf_b %s -o %t.bc
; RUN: llvm-dis %t.bc -o - | FileCheck %s
; RUN: %opt_typed -passes=kfunc-preserve -S %t.bc | FileCheck %s
; Standard optimization of the bitcode keeps the record too.
; RUN: %opt_typed -passes='default<O2>' -kfunc-auto=false -S %t.bc | FileCheck %s --check-prefix=O2

module asm ".pushsection .BTF_ids,\22a\22; .local s; s:; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__set8__s:; .zero 4; .long 1; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_a__1:; .zero 4; .long (1 << 1) | (1 << 4); .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; .size __BTF_ID__set8__s, .-s; .popsection;"

define internal i32 @kf_a(i64 %p) alwaysinline {
  ret i32 0
}
define void @kf_b() {
  ret void
}

; CHECK: @llvm.used = appending global [2 x {{ptr|i8\*}}] [{{.*}}@kf_a{{.*}}, {{.*}}@kf_b{{.*}}], section "llvm.metadata"
; CHECK: !kfunc.preserve = !{![[A:[0-9]+]], ![[B:[0-9]+]]}
; CHECK: ![[A]] = !{!"kfunc.v1", !"name", !"kf_a", !"sources", !"btf-set8", !"state", !"pinned", !"type", !"i32 (i64)", !"cc", i64 0, !"front-end", !"alwaysinline", !"loc", !"", !"sets", ![[SETS:[0-9]+]]}
; CHECK: ![[SETS]] = !{![[S:[0-9]+]]}
; CHECK: ![[S]] = !{!"s", !"set8", i64 1, i64 18, !"(1 << 1) | (1 << 4)"}
; CHECK: ![[B]] = !{!"kfunc.v1", !"name", !"kf_b", !"sources", !"list", !"state", !"pinned", !"type", !"void ()",

; O2: define internal {{.*}}i32 @kf_a(i64
; O2: !kfunc.preserve = !{![[A:[0-9]+]], ![[B:[0-9]+]]}
; O2: ![[A]] = !{!"kfunc.v1", !"name", !"kf_a", !"sources", !"btf-set8", !"state", !"pinned", !"type", !"i32 (i64)",
