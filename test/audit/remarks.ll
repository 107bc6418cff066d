; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Every finding is also a missed-optimization remark of pass kfunc-audit,
; named after its check: -pass-remarks-missed=kfunc-audit prints one per
; finding, -pass-remarks-output writes them as YAML (as -fsave-optimization-
; record does in clang). Silenced checks give no remark.
; RUN: %opt -passes=kfunc-audit -pass-remarks-missed=kfunc-audit -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=REMARK
; RUN: %opt -passes=kfunc-audit -pass-remarks-missed=kfunc-audit -disable-output %s 2>&1 \
; RUN:   | grep -c '^remark: ' | FileCheck %s --check-prefix=COUNT
; RUN: %opt -passes=kfunc-audit -pass-remarks-missed=kfunc-audit -kfunc-checks=-lost -disable-output %s 2>&1 \
; RUN:   | grep -c '^remark: ' | FileCheck %s --check-prefix=COUNT2
; No remark without asking for them.
; RUN: %opt -passes=kfunc-audit -disable-output %s 2>&1 | FileCheck %s --check-prefix=NONE
; RUN: rm -f %t.yaml
; RUN: %opt -passes=kfunc-audit -pass-remarks-output=%t.yaml -disable-output %s 2>/dev/null
; RUN: FileCheck %s --check-prefix=YAML < %t.yaml
; RUN: %opt -passes=kfunc-audit -pass-remarks-output=%t.filtered.yaml -pass-remarks-filter=kfunc-audit \
; RUN:   -kfunc-checks=lost -disable-output %s 2>/dev/null
; RUN: FileCheck %s --check-prefix=FILTERED < %t.filtered.yaml

; REMARK: remark: <unknown>:0:0: kfunc 'k_lost' was defined when pinned and is no longer defined in this module [lost]
; REMARK: remark: <unknown>:0:0: kfunc 'k_inl' lost its noinline attribute [inlinable]
; REMARK: remark: <unknown>:0:0: kfunc 'k_bare' in set 'rm_ids' is listed in a kfunc set but not marked __bpf_kfunc in the source (the front end made it neither noinline nor used) [missing-annotation]
; COUNT: 3
; COUNT2: 2
; NONE-NOT: remark

; YAML:      --- !Missed
; YAML-NEXT: Pass:            kfunc-audit
; YAML-NEXT: Name:            lost
; YAML-NEXT: Function:        k_inl
; YAML-NEXT: Args:
; YAML-NEXT:   - String:          'kfunc '''
; YAML-NEXT:   - Kfunc:           k_lost
; YAML-NEXT:   - String:          ''' was defined when pinned and is no longer defined in this module ['
; YAML-NEXT:   - Check:           lost
; YAML-NEXT:   - String:          ']'
; YAML-NEXT: ...
; YAML-NEXT: --- !Missed
; YAML-NEXT: Pass:            kfunc-audit
; YAML-NEXT: Name:            inlinable
; YAML-NEXT: Function:        k_inl
; YAML-NEXT: Args:
; YAML-NEXT:   - String:          'kfunc '''
; YAML-NEXT:   - Kfunc:           k_inl
; YAML:        - Check:           inlinable
; YAML:      --- !Missed
; YAML-NEXT: Pass:            kfunc-audit
; YAML-NEXT: Name:            missing-annotation
; YAML-NEXT: Function:        k_bare
; YAML-NEXT: Args:
; YAML-NEXT:   - String:          'kfunc '''
; YAML-NEXT:   - Kfunc:           k_bare
; YAML-NEXT:   - String:          ''' in set '''
; YAML-NEXT:   - Set:             rm_ids
; YAML-NEXT:   - String:          ''' is listed in a kfunc set but not marked __bpf_kfunc in the source (the front end made it neither noinline nor used) ['
; YAML-NEXT:   - Check:           missing-annotation
; YAML-NOT:  --- !Missed
; FILTERED:      Name:            lost
; FILTERED-NOT:  Name:

module asm ".pushsection .BTF_ids,\22a\22;"
module asm "__BTF_ID__set8__rm_ids:;"
module asm ".zero 4"
module asm ".long (1 << 0)"
module asm "__BTF_ID__func__k_bare__1:"
module asm ".zero 4"
module asm ".long 0"
module asm ".size __BTF_ID__set8__rm_ids, .-rm_ids"
module asm ".popsection;"

@llvm.used = appending global [1 x ptr] [ptr @k_inl], section "llvm.metadata"

define i32 @k_inl(i32 %x) {
  ret i32 %x
}

define i32 @k_bare(i32 %x) {
  ret i32 %x
}

!kfunc.preserve = !{!0, !1}
!0 = !{!"kfunc.v1", !"name", !"k_lost", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
!1 = !{!"kfunc.v1", !"name", !"k_inl", !"sources", !"list", !"state", !"pinned", !"type", !"i32 (i32)", !"cc", i64 0, !"front-end", !"", !"loc", !"", !"sets", !{}}
