; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; undefined: a kfunc set names a function defined nowhere in the (whole)
; program; resolve_btfids would later say "unresolved symbol". Reported only
; with -kfunc-whole-program (set by the full-LTO link), silent without.
; Only kfunc sets are held to it by default; with -kfunc-btf-ids=all every
; table is.
; RUN: %opt -passes=kfunc-audit -kfunc-whole-program -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --implicit-check-not=warning:
; RUN: %opt -passes=kfunc-audit -kfunc-whole-program -kfunc-btf-ids=all \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefixes=CHECK,ALL --implicit-check-not=warning:
; The full-LTO link would have run kfunc-preserve first: same findings (the
; recorded declaration first).
; RUN: %opt -passes='kfunc-preserve,kfunc-audit<whole-program>' -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=PRESERVED --implicit-check-not=warning:
; RUN: %opt -passes=kfunc-audit -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=PARTIAL --allow-empty
; RUN: %opt -passes=kfunc-audit -kfunc-whole-program -kfunc-checks=-undefined \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefix=PARTIAL --allow-empty

; CHECK: warning: kfunc-audit: kfunc 'k_nowhere' in set 'und_ids' is listed in a BTF set but not defined in this program: no input defines it, or LTO dropped an unreferenced definition that nothing pinned (an input compiled without kfunc-preserve); resolve_btfids will report it as an unresolved symbol [undefined]
; CHECK: warning: kfunc-audit: kfunc 'k_declared' in set 'und_ids' is listed in a BTF set but not defined in this program: {{.*}} [undefined]
; PRESERVED: warning: kfunc-audit: kfunc 'k_declared' in set 'und_ids' is listed in a BTF set but not defined in this program: {{.*}} [undefined]
; PRESERVED: warning: kfunc-audit: kfunc 'k_nowhere' in set 'und_ids' is listed in a BTF set but not defined in this program: {{.*}} [undefined]
; ALL: warning: kfunc-audit: kfunc 'vfs_gone' in set 'allow_list' is listed in a BTF set but not defined in this program: {{.*}} [undefined]
; PARTIAL-NOT: warning

module asm ".pushsection .BTF_ids,\22a\22;"
module asm "__BTF_ID__set8__und_ids:;"
module asm ".zero 4"
module asm ".long (1 << 0)"
module asm "__BTF_ID__func__k_defined__1:"
module asm ".zero 4"
module asm ".long 0"
module asm "__BTF_ID__func__k_nowhere__2:"
module asm ".zero 4"
module asm ".long 0"
module asm "__BTF_ID__func__k_declared__3:"
module asm ".zero 4"
module asm ".long 0"
module asm ".size __BTF_ID__set8__und_ids, .-und_ids"
module asm ".popsection;"
; A BTF_ID_LIST (an LSM allow-list): ordinary kernel functions, and a struct.
module asm ".pushsection .BTF_ids,\22a\22;"
module asm "allow_list:;"
module asm "__BTF_ID__func__vfs_gone__4:"
module asm ".zero 4"
module asm "__BTF_ID__struct__task_struct__5:"
module asm ".zero 4"
module asm ".popsection;"

@llvm.used = appending global [1 x ptr] [ptr @k_defined], section "llvm.metadata"

define i32 @k_defined(i32 %x) noinline {
  ret i32 %x
}

declare i32 @k_declared(i32)
