; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Entry labels are __BTF_ID__<kind>__<name>__<digits>; the name may itself
; contain "__", start with '_' or "__", or end with '_': the suffix is what
; follows the *last* "__", all digits (__COUNTER__ and __LINE__ pasted, or
; __COUNTER__ alone before 6.6). A label without that shape is reported with
; its asm line and skipped.
; RUN: %opt -passes=kfunc-preserve -S %s 2>%t.err | FileCheck %s
; RUN: FileCheck %s --check-prefix=WARN < %t.err

module asm ".pushsection .BTF_ids,\22a\22; .local s; s:; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__set8__s:; .zero 4; .long 1; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__bpf_iter_css__new__12345:; .zero 4; .long 0; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func___leading__7:; .zero 4; .long 0; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func____two_leading__8:; .zero 4; .long 0; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__trailing___9:; .zero 4; .long 0; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__a__b__c__10:; .zero 4; .long 0; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__v2kfunc99__11:; .zero 4; .long 0; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__no_suffix:; .zero 4; .long 0; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__not_digits__12a:; .zero 4; .long 0; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; .size __BTF_ID__set8__s, .-s; .popsection;"

define void @bpf_iter_css__new() {
  ret void
}
define void @_leading() {
  ret void
}
define void @__two_leading() {
  ret void
}
define void @trailing_() {
  ret void
}
define void @a__b__c() {
  ret void
}
define void @v2kfunc99() {
  ret void
}
; Near misses that must not be pinned.
define void @bpf_iter_css() {
  ret void
}
define void @leading() {
  ret void
}
define void @trailing() {
  ret void
}
define void @a() {
  ret void
}
define void @no_suffix() {
  ret void
}
define void @not_digits() {
  ret void
}

; CHECK: @llvm.used = appending global [6 x ptr] [ptr @bpf_iter_css__new, ptr @_leading, ptr @__two_leading, ptr @trailing_, ptr @a__b__c, ptr @v2kfunc99], section "llvm.metadata"
; CHECK: define void @bpf_iter_css() {
; CHECK: define void @leading() {
; CHECK: define void @trailing() {
; CHECK: define void @a() {
; CHECK: define void @no_suffix() {
; CHECK: define void @not_digits() {

; WARN: warning: kfunc-preserve: module asm line 9: malformed BTF id label '__BTF_ID__func__no_suffix' (expected __BTF_ID__<kind>__<name>__<number>)
; WARN-NEXT: warning: kfunc-preserve: module asm line 10: malformed BTF id label '__BTF_ID__func__not_digits__12a' (expected __BTF_ID__<kind>__<name>__<number>)
; WARN-NOT: warning
