; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Pass parameters: kfunc-preserve<key=value;flag;no-flag>, keys are the
; option names without "kfunc-". Names in kfunc= are separated by ':' (or
; kfunc= is repeated), because the pipeline parser splits -passes on ','.
; RUN: echo kf_file > %t.list
; RUN: %opt -passes='kfunc-preserve<list=%t.list;btf-ids=all;used-list=compiler-used;kfunc=kf_a:kf_b>' -S %s | FileCheck %s --check-prefix=ALL
; RUN: %opt -passes='kfunc-preserve<kfunc=kf_a;kfunc=kf_b>' -S %s | FileCheck %s --check-prefix=TWO
; RUN: %opt -passes='kfunc-preserve<btf-ids=none>' -S %s | FileCheck %s --check-prefix=NONE
; RUN: %opt -passes='kfunc-preserve<>' -S %s | FileCheck %s --check-prefix=EMPTY
; Two instances in one pipeline have their own parameters.
; RUN: %opt -passes='kfunc-preserve<kfunc=kf_a>,kfunc-preserve<used-list=compiler-used;kfunc=kf_b>' -S %s | FileCheck %s --check-prefix=SPLIT
; Errors name the channel; opt fails.
; RUN: not %opt -passes='kfunc-preserve<bogus=1>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=UNKNOWN
; RUN: not %opt -passes='kfunc-preserve<btf-ids=most>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=BADVAL
; RUN: not %opt -passes='kfunc-preserve<list>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=NOVALUE
; RUN: not %opt -passes='kfunc-preserve<kfunc-btf-ids=all>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=CLNAME
; RUN: not %opt -passes='kfunc-preserve<report=%t.json>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=OTHER-AUDIT
; RUN: not %opt -passes='kfunc-preserve<werror>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=OTHER-WERROR
; OTHER-WERROR: error: kfunc-preserve: pass parameters: 'werror' is a parameter of kfunc-audit, not of kfunc-preserve
; RUN: not %opt -passes='kfunc-audit<used-list=used>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=OTHER-PRESERVE
; RUN: not %opt -passes='kfunc-audit<auto=false>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=AUTO
; RUN: %opt -passes='kfunc-preserve<kfunc=kf_a;list=%t.list;btf-ids=all>,kfunc-audit<kfunc=kf_a;list=%t.list;btf-ids=all>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=SHARED --allow-empty
; The documented limitation: ',' inside <> ends the pass name.
; RUN: not %opt -passes='kfunc-preserve<kfunc=kf_a,kf_b>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=COMMA

module asm ".pushsection .BTF_ids,\22a\22; .local l; l:; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_btf_id__1:; .zero 4; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; .local s; s:; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__set8__s:; .zero 4; .long 1; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_set8__2:; .zero 4; .long 0; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; .size __BTF_ID__set8__s, .-s; .popsection;"

define void @kf_file() {
  ret void
}
define void @kf_a() {
  ret void
}
define void @kf_b() {
  ret void
}
define void @kf_btf_id() {
  ret void
}
define void @kf_set8() {
  ret void
}

; ALL-NOT: @llvm.used
; ALL: @llvm.compiler.used = appending global [5 x ptr] [ptr @kf_btf_id, ptr @kf_set8, ptr @kf_a, ptr @kf_b, ptr @kf_file], section "llvm.metadata"
; ALL-NOT: @llvm.used
; TWO: @llvm.used = appending global [3 x ptr] [ptr @kf_set8, ptr @kf_a, ptr @kf_b], section "llvm.metadata"
; NONE-NOT: @llvm.used
; NONE-NOT: noinline
; EMPTY: @llvm.used = appending global [1 x ptr] [ptr @kf_set8], section "llvm.metadata"
; SPLIT-DAG: @llvm.used = appending global [2 x ptr] [ptr @kf_set8, ptr @kf_a], section "llvm.metadata"
; SPLIT-DAG: @llvm.compiler.used = appending global [1 x ptr] [ptr @kf_b], section "llvm.metadata"
; Parameter errors name the parameter as written there, not the option.
; UNKNOWN: error: kfunc-preserve: pass parameters: unknown parameter 'bogus'
; BADVAL: error: kfunc-preserve: pass parameters: invalid value 'most' for parameter 'btf-ids' (expected none, set8 or all)
; NOVALUE: error: kfunc-preserve: pass parameters: parameter 'list' needs a value
; The command-line spelling is no parameter name.
; CLNAME: error: kfunc-preserve: pass parameters: unknown parameter 'kfunc-btf-ids'
; Each pass takes the parameters it uses; another pass's is an error naming
; the pass that takes it.
; OTHER-AUDIT: error: kfunc-preserve: pass parameters: 'report' is a parameter of kfunc-audit, not of kfunc-preserve
; OTHER-PRESERVE: error: kfunc-audit: pass parameters: 'used-list' is a parameter of kfunc-preserve, not of kfunc-audit
; AUTO: error: kfunc-audit: pass parameters: 'auto' is not a pass parameter (use -kfunc-auto)
; Both take the discovery parameters.
; SHARED-NOT: error
; COMMA: unknown pass name 'kfunc-preserve<kfunc=kf_a'
