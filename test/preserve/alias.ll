; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; A kfunc name bound to a GlobalAlias of a function: the alias goes into
; @llvm.used (it is the symbol the BTF set names) and the aliasee becomes
; noinline; the aliasee itself is not added. The record says "alias".
; An alias of an alias works the same; an alias of a variable warns.
; RUN: %opt -passes=kfunc-preserve -S %s 2>%t.err | FileCheck %s
; RUN: FileCheck %s --check-prefix=WARN < %t.err
; The aliasee was always_inline: kfunc-audit reports the conflict.
; RUN: %opt -passes=kfunc-preserve,kfunc-audit -kfunc-checks=conflict -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=CONFLICT
; CONFLICT: warning: kfunc-audit: kfunc 'kf_alias' in set 's' is declared always_inline, which contradicts being a kfunc; kfunc-preserve dropped always_inline so that it stays out of line [conflict]
; CONFLICT-NEXT: warning: kfunc-audit: kfunc 'kf_alias_chain' in set 's' is declared always_inline, {{.*}} [conflict]
; RUN: %opt -passes=kfunc-preserve,verify -disable-output %s 2>/dev/null

module asm ".pushsection .BTF_ids,\22a\22; .local s; s:; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__set8__s:; .zero 4; .long 1; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_alias__1:; .zero 4; .long 0; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_alias_chain__2:; .zero 4; .long 0; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_alias_of_var__3:; .zero 4; .long 0; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; .size __BTF_ID__set8__s, .-s; .popsection;"

@var = global i32 0

@kf_alias = alias void (), ptr @impl
@kf_alias_chain = alias void (), ptr @kf_alias
@kf_alias_of_var = alias i32, ptr @var

; CHECK: @llvm.used = appending global [2 x ptr] [ptr @kf_alias, ptr @kf_alias_chain], section "llvm.metadata"
; CHECK: @kf_alias = alias void (), ptr @impl
; CHECK: @kf_alias_chain = alias void (), ptr @kf_alias

; CHECK: define internal void @impl() #[[PIN:[0-9]+]] {
define internal void @impl() alwaysinline {
  ret void
}

; CHECK: attributes #[[PIN]] = { noinline }
; CHECK: !kfunc.preserve = !{![[R:[0-9]+]], ![[R2:[0-9]+]]}
; CHECK: ![[R]] = !{!"kfunc.v1", !"name", !"kf_alias", !"sources", !"btf-set8", !"state", !"alias", !"type", !"void ()", !"cc", i64 0, !"front-end", !"alwaysinline",
; CHECK: ![[R2]] = !{!"kfunc.v1", !"name", !"kf_alias_chain", !"sources", !"btf-set8", !"state", !"alias", !"type", !"void ()", !"cc", i64 0, !"front-end", !"alwaysinline",
; CHECK-NOT: impl

; Both aliases report what the front end wrote on the aliasee, although the
; first pin already changed it.
; WARN-NOT: [conflict]
; WARN: warning: kfunc-preserve: kfunc 'kf_alias_of_var' is an alias of something that is not a function defined in this module; not pinned
; WARN-NOT: [conflict]
