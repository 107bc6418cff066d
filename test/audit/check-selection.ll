; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; -kfunc-checks selects checks: "-name" silences one and keeps the rest,
; a list of names enables only those, an unknown name is an error (as every
; bad option value is), "none" silences all. The module has one finding of each of
; lost, renamed, inlinable, signature-changed and missing-annotation.
; RUN: %opt -passes=kfunc-audit -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefixes=LOST,RENAMED,INL,SIG,MA --implicit-check-not=warning:
; RUN: %opt -passes=kfunc-audit -kfunc-checks=all -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefixes=LOST,RENAMED,INL,SIG,MA --implicit-check-not=warning:
; RUN: %opt -passes=kfunc-audit -kfunc-checks=-missing-annotation -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefixes=LOST,RENAMED,INL,SIG --implicit-check-not=warning:
; RUN: %opt -passes=kfunc-audit -kfunc-checks=lost,renamed -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefixes=LOST,RENAMED --implicit-check-not=warning:
; Pass parameters: -passes= splits at commas, so items are separated by ':'.
; RUN: %opt -passes='kfunc-audit<checks=lost:renamed>' -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefixes=LOST,RENAMED --implicit-check-not=warning:
; RUN: %opt -passes='kfunc-audit<checks=-missing-annotation>' -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefixes=LOST,RENAMED,INL,SIG --implicit-check-not=warning:
; RUN: %opt -passes=kfunc-audit '-kfunc-checks= -lost , -renamed,-inlinable' -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefixes=SIG,MA --implicit-check-not=warning:
; RUN: %opt -passes=kfunc-audit -kfunc-checks=none,signature-changed -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefixes=SIG --implicit-check-not=warning:
; RUN: %opt -passes=kfunc-audit -kfunc-checks=none -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefixes=NONE --allow-empty
; RUN: not %opt -passes=kfunc-audit -kfunc-checks=lost,bogus -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefixes=UNKNOWN
; RUN: not %opt -passes='kfunc-audit<checks=lost:bogus>' -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefixes=UNKNOWN-PARAM
; RUN: env KFUNC_PRESERVE_OPTIONS=-kfunc-checks=bogus not %opt -passes=kfunc-audit -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefixes=UNKNOWN-ENV
; kfunc-preserve, running first, reports it.
; RUN: not %opt -passes=kfunc-preserve,kfunc-audit -kfunc-checks=bogus -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefixes=UNKNOWN-PRESERVE
; The environment variable reaches it too (lld's only channel).
; RUN: env KFUNC_PRESERVE_OPTIONS=-kfunc-checks=lost,renamed %opt -passes=kfunc-audit \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefixes=LOST,RENAMED --implicit-check-not=warning:

; UNKNOWN: error: kfunc-audit: command line: option 'kfunc-checks': unknown check 'bogus' (known: all, none, lost, inlinable, signature-changed, renamed, missing-annotation, not-in-set, undefined, conflict)
; UNKNOWN-NOT: warning:
; UNKNOWN-PARAM: error: kfunc-audit: pass parameters: parameter 'checks': unknown check 'bogus' (known: {{.*}})
; UNKNOWN-ENV: error: kfunc-audit: KFUNC_PRESERVE_OPTIONS: option 'kfunc-checks': unknown check 'bogus' (known: {{.*}})
; UNKNOWN-PRESERVE: error: kfunc-preserve: command line: option 'kfunc-checks': unknown check 'bogus'
; UNKNOWN-PRESERVE-NOT: kfunc-audit
; LOST: warning: kfunc-audit: kfunc 'k_lost' was defined when pinned and is no longer defined in this module [lost]
; RENAMED: warning: kfunc-audit: kfunc 'k_renamed' was renamed to 'k_renamed.llvm.1' {{.*}} [renamed]
; INL: warning: kfunc-audit: kfunc 'k_inl' lost its noinline attribute [inlinable]
; SIG: warning: kfunc-audit: kfunc 'k_sig' changed type from 'i32 (i32, i32)' to 'i32 (i32)' [signature-changed]
; MA: warning: kfunc-audit: kfunc 'k_bare' in set 'sel_ids' is listed in a kfunc set but not marked __bpf_kfunc {{.*}} [missing-annotation]
; NONE-NOT: warning

module asm ".pushsection .BTF_ids,\22a\22;"
module asm "__BTF_ID__set8__sel_ids:;"
module asm ".zero 4"
module asm ".long (1 << 0)"
module asm "__BTF_ID__func__k_bare__1:"
module asm ".zero 4"
module asm ".long 0"
module asm ".size __BTF_ID__set8__sel_ids, .-sel_ids"
module asm ".popsection;"

@llvm.used = appending global [2 x ptr] [ptr @k_inl, ptr @k_sig], section "llvm.metadata"

define internal i32 @k_renamed.llvm.1(i32 %x) noinline {
  ret i32 %x
}

define i32 @k_inl(i32 %x) {
  ret i32 %x
}

define i32 @k_sig(i32 %x) noinline {
  ret i32 %x
}

define i32 @k_bare(i32 %x) {
  ret i32 %x
}

!kfunc.preserve = !{!0, !1, !2, !3}
!0 = !{!"kfunc.v1", !"name", !"k_lost", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!1 = !{!"kfunc.v1", !"name", !"k_renamed", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!2 = !{!"kfunc.v1", !"name", !"k_inl", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!3 = !{!"kfunc.v1", !"name", !"k_sig", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32, i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
