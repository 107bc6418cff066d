; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; not-in-set: a function the source annotates bpf_kfunc that no BTF set of
; the (whole) program lists. Only meaningful for the whole program: reported
; with -kfunc-whole-program (set by the full-LTO link), silent without.
; RUN: %opt -passes=kfunc-audit -kfunc-whole-program -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --implicit-check-not=warning:
; RUN: %opt -passes='kfunc-audit<whole-program>' -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --implicit-check-not=warning:
; RUN: %opt -passes=kfunc-audit -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=PARTIAL --allow-empty
; RUN: %opt -passes=kfunc-audit -kfunc-whole-program -kfunc-checks=-not-in-set \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefix=PARTIAL --allow-empty

; CHECK: warning: kfunc-audit: kfunc 'k_annotate_orphan' is annotated bpf_kfunc but listed in no BTF set of this program [not-in-set]
; CHECK: warning: kfunc-audit: kfunc 'k_attr_orphan' is annotated bpf_kfunc but listed in no BTF set of this program [not-in-set]
; A BTF_ID_LIST is not a set: being named there does not register a kfunc.
; CHECK: warning: kfunc-audit: kfunc 'k_only_in_list' is annotated bpf_kfunc but listed in no BTF set of this program [not-in-set]
; PARTIAL-NOT: warning

module asm ".pushsection .BTF_ids,\22a\22;"
module asm "__BTF_ID__set8__nis_ids:;"
module asm ".zero 4"
module asm ".long (1 << 0)"
module asm "__BTF_ID__func__k_listed__1:"
module asm ".zero 4"
module asm ".long 0"
module asm ".size __BTF_ID__set8__nis_ids, .-nis_ids"
module asm ".popsection;"
; Linux <= 5.18 kfunc sets were plain sets: being there counts.
module asm ".pushsection .BTF_ids,\22a\22;"
module asm "__BTF_ID__set__plain_ids:;"
module asm ".zero 4"
module asm "__BTF_ID__func__k_in_plain_set__2:"
module asm ".zero 4"
module asm ".size __BTF_ID__set__plain_ids, .-plain_ids"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm "some_id_list:;"
module asm "__BTF_ID__func__k_only_in_list__3:"
module asm ".zero 4"
module asm ".popsection;"

@.str = private unnamed_addr constant [10 x i8] c"bpf_kfunc\00", section "llvm.metadata"
@.file = private unnamed_addr constant [5 x i8] c"n.c\00\00", section "llvm.metadata"
@llvm.global.annotations = appending global [3 x { ptr, ptr, ptr, i32, ptr }] [
  { ptr, ptr, ptr, i32, ptr } { ptr @k_annotate_orphan, ptr @.str, ptr @.file, i32 1, ptr null },
  { ptr, ptr, ptr, i32, ptr } { ptr @k_listed, ptr @.str, ptr @.file, i32 2, ptr null },
  { ptr, ptr, ptr, i32, ptr } { ptr @k_in_plain_set, ptr @.str, ptr @.file, i32 3, ptr null }], section "llvm.metadata"

define i32 @k_annotate_orphan(i32 %x) noinline {
  ret i32 %x
}

define i32 @k_attr_orphan(i32 %x) noinline "bpf_kfunc" {
  ret i32 %x
}

define i32 @k_only_in_list(i32 %x) noinline "bpf_kfunc" {
  ret i32 %x
}

define i32 @k_listed(i32 %x) noinline {
  ret i32 %x
}

define i32 @k_in_plain_set(i32 %x) noinline {
  ret i32 %x
}

; Annotated but only declared: defined in another part of the program (a
; non-LTO object), where its own audit sees it.
declare i32 @k_declared_orphan(i32) "bpf_kfunc"

; Not annotated, in no set: an ordinary function.
define i32 @ordinary(i32 %x) {
  ret i32 %x
}
