; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; conflict: contradictory source attributes -- a kfunc declared always_inline.
; kfunc-preserve drops always_inline when it pins (noinline + alwaysinline is
; invalid IR), so the audit judges what the front end wrote, from the record.
; RUN: %opt -passes=kfunc-audit -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --implicit-check-not=warning:
; With kfunc-preserve first, the conflict is diagnosed once, by the audit
; (which owns every finding), from the record kfunc-preserve left when it
; resolved it; the report and the remark carry it too.
; RUN: %opt -passes=kfunc-preserve,kfunc-audit -kfunc-report=%t.json \
; RUN:   -pass-remarks-missed=kfunc-audit -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=PIN --implicit-check-not=warning:
; RUN: FileCheck %s --check-prefix=JSON < %t.json
; RUN: not %opt -passes=kfunc-preserve,kfunc-audit -kfunc-werror -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=ERR
; A BTF_ID_LIST entry is no kfunc, unless -kfunc-btf-ids=all makes it one.
; RUN: %opt -passes=kfunc-audit -kfunc-btf-ids=all -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefixes=CHECK,ALL --implicit-check-not=warning:
; RUN: %opt -passes=kfunc-preserve -S %s | FileCheck %s --check-prefix=IR
; RUN: %opt -passes=kfunc-preserve,kfunc-audit -kfunc-checks=-conflict -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=OFF --allow-empty

; PIN: remark: <unknown>:0:0: kfunc 'k_always' in set 'cf_ids' is declared always_inline, {{.*}} [conflict]
; PIN: warning: kfunc-audit: kfunc 'k_always' in set 'cf_ids' is declared always_inline, which contradicts being a kfunc; kfunc-preserve dropped always_inline so that it stays out of line [conflict]
; PIN-NOT: kfunc-preserve:
; JSON: "check": "conflict",
; JSON: "function": "k_always",
; ERR: warning: kfunc-audit: kfunc 'k_always' in set 'cf_ids' is declared always_inline, {{.*}} [conflict]
; ERR: error: kfunc-audit{{.*}}: 1 finding in '{{.*}}', and -kfunc-werror makes them errors
; CHECK: warning: kfunc-audit: kfunc 'k_always' in set 'cf_ids' is declared always_inline, which contradicts being a kfunc (it must stay out of line) [conflict]
; ALL: warning: kfunc-audit: kfunc 'vfs_inl' in set 'cf_list' is declared always_inline, which contradicts being a kfunc (it must stay out of line) [conflict]
; IR: define i32 @k_always(i32 %x) #[[A:[0-9]+]]
; IR: attributes #[[A]] = { noinline "bpf_kfunc" }
; OFF-NOT: [conflict]

module asm ".pushsection .BTF_ids,\22a\22;"
module asm "__BTF_ID__set8__cf_ids:;"
module asm ".zero 4"
module asm ".long (1 << 0)"
module asm "__BTF_ID__func__k_always__1:"
module asm ".zero 4"
module asm ".long 0"
module asm "__BTF_ID__func__k_plain__2:"
module asm ".zero 4"
module asm ".long 0"
module asm ".size __BTF_ID__set8__cf_ids, .-cf_ids"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm "cf_list:;"
module asm "__BTF_ID__func__vfs_inl__3:"
module asm ".zero 4"
module asm ".popsection;"

@llvm.compiler.used = appending global [2 x ptr] [ptr @k_always, ptr @k_plain], section "llvm.metadata"

define i32 @k_always(i32 %x) alwaysinline "bpf_kfunc" {
  ret i32 %x
}

define i32 @k_plain(i32 %x) noinline {
  ret i32 %x
}

; always_inline on a function that is no kfunc is nobody's business.
define internal i32 @helper(i32 %x) alwaysinline {
  ret i32 %x
}

define i32 @vfs_inl(i32 %x) alwaysinline {
  ret i32 %x
}

define i32 @user(i32 %x) {
  %r = call i32 @helper(i32 %x)
  ret i32 %r
}
