; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Malformed .BTF_ids asm: directives without operands, stray quotes, odd
; bytes, labels that are only a colon, a set closed twice. The plugin warns
; (naming the module asm line) and keeps going: the kfunc correctly listed
; in the well-formed set is still pinned, nothing crashes, the output
; verifies.
; RUN: %opt -passes=kfunc-preserve -S %s 2>%t.err | FileCheck %s
; RUN: FileCheck %s --check-prefix=WARN --implicit-check-not=error: < %t.err
; RUN: %opt -passes=kfunc-preserve,kfunc-audit,verify -disable-output %s 2>/dev/null

module asm ".pushsection"
module asm ".pushsection .BTF_ids"
module asm ":"
module asm "::: ;;; .long ; .size ; .size , ; .zero"
module asm ".long \22unterminated"
module asm "__BTF_ID__func__ok_kfunc__: \FF\FE\00"
module asm ".popsection"
module asm ".popsection"
module asm ".popsection"
module asm ".pushsection .BTF_ids,\22a\22; good_set:; .popsection"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__set8__good_set:; .zero 4; .long 1; .popsection"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__good_kfunc__7:; .zero 4; .long (1 << 2); .popsection"
module asm ".pushsection .BTF_ids,\22a\22; .size __BTF_ID__set8__good_set, .-good_set; .popsection"
module asm ".pushsection .BTF_ids,\22a\22; .size __BTF_ID__set8__good_set, .-good_set; .popsection"

; WARN: warning: kfunc-preserve: module asm line 6: malformed BTF id label '__BTF_ID__func__ok_kfunc__'
; WARN: warning: kfunc-preserve: module asm line 9: '.popsection' without a matching '.pushsection'
; WARN: warning: kfunc-preserve: module asm line 14: end of BTF set8 'good_set' which is not open

; CHECK: @llvm.used = appending global [1 x ptr] [ptr @good_kfunc]
; CHECK: define void @good_kfunc() #[[A:[0-9]+]]
; CHECK: define void @ok_kfunc() {
; CHECK: attributes #[[A]] = { noinline }
define void @good_kfunc() {
  ret void
}
define void @ok_kfunc() {
  ret void
}
