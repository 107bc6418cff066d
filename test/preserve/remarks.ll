; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; -pass-remarks=kfunc-preserve prints one line per pinned kfunc: its name,
; sources, sets and what was done. -pass-remarks-analysis=kfunc-preserve adds
; one line per function that a BTF table names but the options leave alone.
; Declarations get no remark. The YAML remark stream carries the same.
; RUN: %opt -passes=kfunc-preserve -pass-remarks=kfunc-preserve -kfunc=kf_list -disable-output %s 2>&1 | FileCheck %s --check-prefix=PASSED --implicit-check-not=remark:
; RUN: %opt -passes=kfunc-preserve -pass-remarks-analysis=kfunc-preserve -disable-output %s 2>&1 | FileCheck %s --check-prefix=ANALYSIS --implicit-check-not=remark:
; RUN: %opt -passes=kfunc-preserve -kfunc-btf-ids=all -pass-remarks-analysis=kfunc-preserve -disable-output %s 2>&1 | count 0
; RUN: %opt -passes=kfunc-preserve -pass-remarks=kfunc-preserve -kfunc-used-list=compiler-used -disable-output %s 2>&1 | FileCheck %s --check-prefix=CU --implicit-check-not=remark:
; RUN: %opt -passes=kfunc-preserve -pass-remarks-output=%t.yaml -disable-output %s
; RUN: FileCheck %s --check-prefix=YAML < %t.yaml
; A second run tells that nothing was left to do.
; RUN: %opt -passes=kfunc-preserve,kfunc-preserve -pass-remarks=kfunc-preserve -disable-output %s 2>&1 | FileCheck %s --check-prefix=TWICE --implicit-check-not=remark:
; Without -pass-remarks, nothing.
; RUN: %opt -passes=kfunc-preserve -disable-output %s 2>&1 | count 0

module asm ".pushsection .BTF_ids,\22a\22; .local s; s:; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__set8__s:; .zero 4; .long 1; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_set__1:; .zero 4; .long (1 << 0); .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_fe__2:; .zero 4; .long 0; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_alias__3:; .zero 4; .long 0; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_decl__4:; .zero 4; .long 0; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; .size __BTF_ID__set8__s, .-s; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; .local l; l:; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__hot_fn__5:; .zero 4; .popsection;"

@llvm.used = appending global [1 x ptr] [ptr @kf_fe], section "llvm.metadata"
@kf_alias = alias void (), ptr @impl

define void @kf_set() {
  ret void
}
define void @kf_fe() noinline {
  ret void
}
define internal void @impl() {
  ret void
}
define void @kf_list() {
  ret void
}
define void @hot_fn() {
  ret void
}
declare void @kf_decl()

; PASSED: remark: <unknown>:0:0: kfunc 'kf_set' found by btf-set8, in set8 's': made noinline, added to llvm.used
; PASSED-NEXT: remark: <unknown>:0:0: kfunc 'kf_fe' found by btf-set8, in set8 's': already noinline and used
; PASSED-NEXT: remark: <unknown>:0:0: kfunc 'kf_alias' found by btf-set8, in set8 's': alias of 'impl'; made aliasee noinline, added to llvm.used
; PASSED-NEXT: remark: <unknown>:0:0: kfunc 'kf_list' found by list: made noinline, added to llvm.used

; ANALYSIS: remark: <unknown>:0:0: 'hot_fn' found by btf-id, in list 'l': not pinned (-kfunc-btf-ids=set8)

; CU: remark: <unknown>:0:0: kfunc 'kf_set' found by btf-set8, in set8 's': made noinline, added to llvm.compiler.used
; CU-NEXT: remark: <unknown>:0:0: kfunc 'kf_fe' found by btf-set8, in set8 's': already noinline and used
; CU-NEXT: remark: <unknown>:0:0: kfunc 'kf_alias' found by btf-set8, in set8 's': alias of 'impl'; made aliasee noinline, added to llvm.compiler.used

; YAML: --- !Passed
; YAML-NEXT: Pass: kfunc-preserve
; YAML-NEXT: Name: Pinned
; YAML-NEXT: Function: kf_set
; YAML: --- !Passed
; YAML: Function: kf_fe
; YAML: --- !Passed
; YAML: Function: impl
; YAML-NOT: --- !Passed

; TWICE-COUNT-3: remark: <unknown>:0:0: kfunc '{{.*}}' found by btf-set8, in set8 's': {{.*}}
; TWICE-NEXT: remark: <unknown>:0:0: kfunc 'kf_set' found by btf-set8, in set8 's': already noinline and used
; TWICE-NEXT: remark: <unknown>:0:0: kfunc 'kf_fe' found by btf-set8, in set8 's': already noinline and used
; TWICE-NEXT: remark: <unknown>:0:0: kfunc 'kf_alias' found by btf-set8, in set8 's': alias of 'impl'; already noinline and used
