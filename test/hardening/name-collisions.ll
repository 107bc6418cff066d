; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Kfunc names (from a set8 table, so as the kernel would write them) that
; name an alias, an ifunc or a global variable in this module. An alias of a
; function defined here is pinned through the alias; the others get one
; warning each naming what they are, are left unchanged and unrecorded. No
; crash, valid IR, and the plain kfunc next to them is still pinned.
; RUN: %opt -passes=kfunc-preserve -S %s 2>%t.err | FileCheck %s
; RUN: FileCheck %s --check-prefix=WARN --implicit-check-not=warning: < %t.err
; RUN: %opt -passes=kfunc-preserve,kfunc-audit,verify -disable-output %s 2>/dev/null

module asm ".pushsection .BTF_ids,\22a\22; s:; .popsection"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__set8__s:; .zero 4; .long 1; .popsection"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_alias__1:; .zero 4; .long 0; .popsection"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_alias_of_var__2:; .zero 4; .long 0; .popsection"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_ifunc__4:; .zero 4; .long 0; .popsection"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_var__5:; .zero 4; .long 0; .popsection"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_plain__6:; .zero 4; .long 0; .popsection"
module asm ".pushsection .BTF_ids,\22a\22; .size __BTF_ID__set8__s, .-s; .popsection"

; WARN-DAG: warning: kfunc-preserve: kfunc 'kf_alias_of_var' is an alias of something that is not a function defined in this module; not pinned
; WARN-DAG: warning: kfunc-preserve: kfunc 'kf_ifunc' (found by btf-set8) names an ifunc in this module; not pinned
; WARN-DAG: warning: kfunc-preserve: kfunc 'kf_var' (found by btf-set8) names a global variable in this module; not pinned

@kf_var = global i32 0
@kf_alias = alias void (), ptr @impl
@kf_alias_of_var = alias i32, ptr @kf_var
@kf_ifunc = ifunc void (), ptr @resolver

; CHECK: @kf_var = global i32 0
; CHECK: @llvm.used = appending global [2 x ptr] [ptr @kf_alias, ptr @kf_plain]
; CHECK-DAG: @kf_alias_of_var = alias i32, ptr @kf_var
; CHECK-DAG: @kf_ifunc = ifunc void (), ptr @resolver

; CHECK: define internal void @impl() #[[A:[0-9]+]]
define internal void @impl() {
  ret void
}
; CHECK: define internal ptr @resolver() {
define internal ptr @resolver() {
  ret ptr @impl
}
; CHECK: define void @kf_plain() #[[A]]
define void @kf_plain() {
  ret void
}
; CHECK: !kfunc.preserve = !{![[R1:[0-9]+]], ![[R2:[0-9]+]]}
; CHECK-DAG: ![[R1]] = !{!"kfunc.v1", !"name", !"kf_alias",{{.*}}!"state", !"alias"
; CHECK-DAG: ![[R2]] = !{!"kfunc.v1", !"name", !"kf_plain",{{.*}}!"state", !"pinned"
