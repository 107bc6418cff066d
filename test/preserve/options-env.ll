; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; KFUNC_PRESERVE_OPTIONS holds options in command-line form: the channel for
; hosts that reject plugin cl::opts (ld.lld). Every option works there;
; quotes as in a shell; booleans as -opt, -opt=false, -no-opt.
; RUN: echo kf_file > %t.list
; RUN: env KFUNC_PRESERVE_OPTIONS="-kfunc-list=%t.list -kfunc-btf-ids=all" %opt -passes=kfunc-preserve -S %s | FileCheck %s --check-prefix=ALL
; RUN: env KFUNC_PRESERVE_OPTIONS="--kfunc=kf_opt:kf_file -kfunc-used-list=compiler-used" %opt -passes=kfunc-preserve -S %s | FileCheck %s --check-prefix=CU
; `-opt value` (a blank, as a shell user writes it) is taken as a command
; line takes it, for every option that needs a value; a boolean takes none.
; RUN: env KFUNC_PRESERVE_OPTIONS="-kfunc-list %t.list -kfunc-btf-ids all" %opt -passes=kfunc-preserve -S %s | FileCheck %s --check-prefix=ALL
; RUN: env KFUNC_PRESERVE_OPTIONS="--kfunc kf_opt:kf_file -kfunc-used-list compiler-used" %opt -passes=kfunc-preserve -S %s | FileCheck %s --check-prefix=CU
; RUN: env KFUNC_PRESERVE_OPTIONS="-kfunc-werror true" not %opt -passes=kfunc-preserve -disable-output %s 2>&1 | FileCheck %s --check-prefix=BOOLWORD
; BOOLWORD: error: kfunc-preserve: KFUNC_PRESERVE_OPTIONS: expected an option, got 'true'
; A path with a blank, quoted inside the variable.
; RUN: rm -rf "%t dir" && mkdir "%t dir" && echo kf_file > "%t dir/names.txt"
; RUN: env KFUNC_PRESERVE_OPTIONS="-kfunc-list='%t dir/names.txt'" %opt -passes=kfunc-preserve -S %s | FileCheck %s --check-prefix=QUOTED
; Problems in the variable are errors that name the variable; opt fails.
; RUN: env KFUNC_PRESERVE_OPTIONS="-kfunc-bogus=1" not %opt -passes=kfunc-preserve -disable-output %s 2>&1 | FileCheck %s --check-prefix=UNKNOWN
; RUN: env KFUNC_PRESERVE_OPTIONS="kfunc=x" not %opt -passes=kfunc-preserve -disable-output %s 2>&1 | FileCheck %s --check-prefix=NOTOPT
; RUN: env KFUNC_PRESERVE_OPTIONS="-kfunc-btf-ids" not %opt -passes=kfunc-preserve -disable-output %s 2>&1 | FileCheck %s --check-prefix=NOVALUE
; RUN: env KFUNC_PRESERVE_OPTIONS="-kfunc-auto=maybe" not %opt -passes=kfunc-preserve -disable-output %s 2>&1 | FileCheck %s --check-prefix=BADBOOL
; An empty variable is no options.
; RUN: env KFUNC_PRESERVE_OPTIONS= %opt -passes=kfunc-preserve -S %s 2>&1 | FileCheck %s --check-prefix=EMPTY

module asm ".pushsection .BTF_ids,\22a\22; .local l; l:; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_btf_id__1:; .zero 4; .popsection;"

define void @kf_file() {
  ret void
}
define void @kf_opt() {
  ret void
}
define void @kf_btf_id() {
  ret void
}

; ALL: @llvm.used = appending global [2 x ptr] [ptr @kf_btf_id, ptr @kf_file], section "llvm.metadata"
; CU-NOT: @llvm.used
; CU: @llvm.compiler.used = appending global [2 x ptr] [ptr @kf_opt, ptr @kf_file], section "llvm.metadata"
; CU-NOT: @llvm.used
; QUOTED: @llvm.used = appending global [1 x ptr] [ptr @kf_file], section "llvm.metadata"
; UNKNOWN: error: kfunc-preserve: KFUNC_PRESERVE_OPTIONS: unknown option 'kfunc-bogus'
; NOTOPT: error: kfunc-preserve: KFUNC_PRESERVE_OPTIONS: expected an option, got 'kfunc=x'
; NOVALUE: error: kfunc-preserve: KFUNC_PRESERVE_OPTIONS: option 'kfunc-btf-ids' needs a value
; BADBOOL: error: kfunc-preserve: KFUNC_PRESERVE_OPTIONS: invalid value 'maybe' for option 'kfunc-auto' (expected true or false)
; EMPTY-NOT: error
; EMPTY-NOT: @llvm.used
