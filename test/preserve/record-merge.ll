; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Two modules record one name: here kf_shared is only declared (and named by
; -kfunc), in Inputs/preserve/record-merge-def.ll it is defined and listed in
; a set8. After llvm-link the module holds both records; kfunc-preserve (and
; every reader) merges them into one: the definition's record wins (state,
; type, front-end marks), sources and sets are united. Link order does not
; matter. %opt_typed and pointer-free IR, so that LLVM 14's llvm-link and
; llvm-dis (typed pointers only) read the bitcode too.
; RUN: %opt_typed -passes=kfunc-preserve -kfunc=kf_shared,kf_here %s -o %t.decl.bc
; RUN: %opt_typed -passes=kfunc-preserve %S/../Inputs/preserve/record-merge-def.ll -o %t.def.bc
; RUN: llvm-link %t.decl.bc %t.def.bc -o %t.linked.bc
; RUN: llvm-dis %t.linked.bc -o - | FileCheck %s --check-prefix=LINKED
; RUN: %opt_typed -passes=kfunc-preserve -S %t.linked.bc | FileCheck %s
; RUN: llvm-link %t.def.bc %t.decl.bc -o %t.linked2.bc
; RUN: %opt_typed -passes=kfunc-preserve -S %t.linked2.bc | FileCheck %s
; RUN: %opt_typed -passes=kfunc-preserve %t.linked.bc -o %t.once.bc
; RUN: %opt_typed -passes=kfunc-preserve %t.once.bc -o %t.twice.bc
; RUN: cmp %t.once.bc %t.twice.bc

declare i64 @kf_shared(i64, i32)

define i64 @kf_here(i64 %p) {
  %r = call i64 @kf_shared(i64 %p, i32 1)
  ret i64 %r
}

; LINKED: !kfunc.preserve = !{![[A:[0-9]+]], ![[B:[0-9]+]], ![[C:[0-9]+]]}
; LINKED-DAG: ![[A]] = !{!"kfunc.v1", !"name", !"kf_shared", !"sources", !"list", !"state", !"declaration",
; LINKED-DAG: ![[C]] = !{!"kfunc.v1", !"name", !"kf_shared", !"sources", !"btf-set8", !"state", !"pinned",

; CHECK: @llvm.used = appending global [2 x {{ptr|i8\*}}] [{{.*@kf_here.*, .*@kf_shared.*|.*@kf_shared.*, .*@kf_here.*}}], section "llvm.metadata"
; CHECK: !kfunc.preserve = !{![[X:[0-9]+]], ![[Y:[0-9]+]]}
; CHECK-NOT: !kfunc.preserve
; CHECK-DAG: ![[X]] = !{!"kfunc.v1", !"name", !"kf_shared", !"sources", !"btf-set8,list", !"state", !"pinned", !"type", !"i64 (i64, i32)", !"cc", i64 0, !"front-end", !"noinline", !"loc", !"", !"sets", ![[SETS:[0-9]+]]}
; CHECK-DAG: ![[Y]] = !{!"kfunc.v1", !"name", !"kf_here", !"sources", !"list", !"state", !"pinned",
; CHECK-DAG: ![[SETS]] = !{![[S:[0-9]+]]}
; CHECK-DAG: ![[S]] = !{!"def_set", !"set8", i64 1, i64 4, !"(1 << 2)"}
