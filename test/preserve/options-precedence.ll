; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Precedence (Options.h): defaults < KFUNC_PRESERVE_OPTIONS < command line <
; pass parameters. A scalar takes the value of the highest channel that sets
; it; -kfunc and -kfunc-list accumulate over all three.
; RUN: echo kf_env_file > %t.env.list
; RUN: echo kf_cl_file > %t.cl.list
; RUN: echo kf_param_file > %t.param.list
;
; Scalars: env < command line.
; RUN: env KFUNC_PRESERVE_OPTIONS="-kfunc-btf-ids=all" %opt -passes=kfunc-preserve -S %s | FileCheck %s --check-prefix=BTF-ALL
; RUN: env KFUNC_PRESERVE_OPTIONS="-kfunc-btf-ids=all" %opt -passes=kfunc-preserve -kfunc-btf-ids=none -S %s | FileCheck %s --check-prefix=BTF-NONE
; RUN: env KFUNC_PRESERVE_OPTIONS="-kfunc-used-list=compiler-used" %opt -passes=kfunc-preserve -kfunc-used-list=used -S %s | FileCheck %s --check-prefix=BTF-SET8
; Scalars: command line < pass parameters (and env < pass parameters).
; RUN: %opt -passes='kfunc-preserve<btf-ids=all>' -kfunc-btf-ids=none -S %s | FileCheck %s --check-prefix=BTF-ALL
; RUN: env KFUNC_PRESERVE_OPTIONS="-kfunc-btf-ids=none" %opt -passes='kfunc-preserve<btf-ids=all>' -S %s | FileCheck %s --check-prefix=BTF-ALL
; RUN: env KFUNC_PRESERVE_OPTIONS="-kfunc-btf-ids=all" %opt -passes='kfunc-preserve<btf-ids=set8>' -kfunc-btf-ids=none -S %s | FileCheck %s --check-prefix=BTF-SET8
; Lists accumulate over env, command line and pass parameters.
; RUN: env KFUNC_PRESERVE_OPTIONS="-kfunc=kf_env -kfunc-list=%t.env.list" %opt -passes='kfunc-preserve<kfunc=kf_param;list=%t.param.list>' -kfunc=kf_cl -kfunc-list=%t.cl.list -kfunc-btf-ids=none -S %s | FileCheck %s --check-prefix=LISTS

module asm ".pushsection .BTF_ids,\22a\22; .local l; l:; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_btf_id__1:; .zero 4; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; .local s; s:; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__set8__s:; .zero 4; .long 1; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_set8__2:; .zero 4; .long 0; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; .size __BTF_ID__set8__s, .-s; .popsection;"

define void @kf_btf_id() {
  ret void
}
define void @kf_set8() {
  ret void
}
define void @kf_env() {
  ret void
}
define void @kf_cl() {
  ret void
}
define void @kf_param() {
  ret void
}
define void @kf_env_file() {
  ret void
}
define void @kf_cl_file() {
  ret void
}
define void @kf_param_file() {
  ret void
}

; BTF-ALL-NOT: @llvm.compiler.used
; BTF-ALL: @llvm.used = appending global [2 x ptr] [ptr @kf_btf_id, ptr @kf_set8], section "llvm.metadata"
; BTF-NONE-NOT: @llvm.used
; BTF-NONE-NOT: @llvm.compiler.used
; BTF-SET8-NOT: @llvm.compiler.used
; BTF-SET8: @llvm.used = appending global [1 x ptr] [ptr @kf_set8], section "llvm.metadata"
; BTF-SET8-NOT: @llvm.compiler.used
; LISTS: @llvm.used = appending global [6 x ptr] [ptr @kf_env, ptr @kf_cl, ptr @kf_param, ptr @kf_env_file, ptr @kf_cl_file, ptr @kf_param_file], section "llvm.metadata"
