; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; -kfunc-used-list=compiler-used appends to @llvm.compiler.used instead of
; @llvm.used (kept by the compiler and LTO, but no retained section for the
; linker); @llvm.used is not changed. Existing entries are kept; a kfunc
; already in @llvm.compiler.used is not added twice, and one already in
; @llvm.used (which implies compiler.used's protection) is not added at all.
; RUN: %opt -passes=kfunc-preserve -kfunc-used-list=compiler-used -kfunc=kf_new,kf_in_cused,kf_in_used -S %s | FileCheck %s
; RUN: %opt -passes='kfunc-preserve<used-list=compiler-used;kfunc=kf_new:kf_in_cused:kf_in_used>' -S %s | FileCheck %s
; RUN: %opt -passes=kfunc-preserve,verify -kfunc-used-list=compiler-used -kfunc=kf_new -disable-output %s
; Without compiler-used, the same names all go to @llvm.used.
; RUN: %opt -passes=kfunc-preserve -kfunc=kf_new,kf_in_cused,kf_in_used -S %s | FileCheck %s --check-prefix=USED
; RUN: not %opt -passes=kfunc-preserve -kfunc-used-list=retained -disable-output %s 2>&1 | FileCheck %s --check-prefix=BAD

@cdata = internal global i32 0
@llvm.compiler.used = appending global [2 x ptr] [ptr @cdata, ptr @kf_in_cused], section "llvm.metadata"
@llvm.used = appending global [1 x ptr] [ptr @kf_in_used], section "llvm.metadata"

; CHECK-DAG: @llvm.compiler.used = appending global [3 x ptr] [ptr @cdata, ptr @kf_in_cused, ptr @kf_new], section "llvm.metadata"
; CHECK-DAG: @llvm.used = appending global [1 x ptr] [ptr @kf_in_used], section "llvm.metadata"
; CHECK: define void @kf_new() #[[PIN:[0-9]+]] {
; CHECK: define internal void @kf_in_cused() #[[PIN]] {
; CHECK: define void @kf_in_used() #[[PIN]] {
; CHECK: attributes #[[PIN]] = { noinline }

; USED-DAG: @llvm.compiler.used = appending global [2 x ptr] [ptr @cdata, ptr @kf_in_cused], section "llvm.metadata"
; USED-DAG: @llvm.used = appending global [3 x ptr] [ptr @kf_in_used, ptr @kf_new, ptr @kf_in_cused], section "llvm.metadata"

; BAD: error: kfunc-preserve: command line: invalid value 'retained' for option 'kfunc-used-list' (expected used or compiler-used)

define void @kf_new() {
  ret void
}
define internal void @kf_in_cused() {
  ret void
}
define void @kf_in_used() {
  ret void
}
