; -kfunc-used-list=compiler-used appends to @llvm.compiler.used instead of
; @llvm.used (kept by the compiler and LTO, but not a retained section for
; the linker); @llvm.used is neither created nor changed. Existing entries
; are kept and a kfunc already in @llvm.compiler.used is not added twice.
; RUN: %opt -passes=kfunc-preserve -kfunc-used-list=compiler-used -kfunc=kf_new,kf_in_cused -S %s | FileCheck %s
; RUN: %opt -passes='kfunc-preserve<used-list=compiler-used;kfunc=kf_new>' -S %s | FileCheck %s --check-prefix=PARAM
; RUN: %opt -passes=kfunc-preserve,verify -kfunc-used-list=compiler-used -kfunc=kf_new -disable-output %s
; RUN: not %opt -passes=kfunc-preserve -kfunc-used-list=retained -disable-output %s 2>&1 | FileCheck %s --check-prefix=BAD

@cdata = internal global i32 0
@llvm.compiler.used = appending global [2 x ptr] [ptr @cdata, ptr @kf_in_cused], section "llvm.metadata"

; CHECK-NOT: @llvm.used
; CHECK: @llvm.compiler.used = appending global [3 x ptr] [ptr @cdata, ptr @kf_in_cused, ptr @kf_new], section "llvm.metadata"
; CHECK-NOT: @llvm.used
; CHECK: define void @kf_new() #[[PIN:[0-9]+]] {
; CHECK: define internal void @kf_in_cused() #[[PIN]] {
; CHECK: attributes #[[PIN]] = { noinline }

; PARAM-NOT: @llvm.used
; PARAM: @llvm.compiler.used = appending global [3 x ptr] [ptr @cdata, ptr @kf_in_cused, ptr @kf_new], section "llvm.metadata"
; PARAM-NOT: @llvm.used

; BAD: error: kfunc-preserve: command line: invalid value 'retained' for option 'kfunc-used-list' (expected used or compiler-used)

define void @kf_new() {
  ret void
}
define internal void @kf_in_cused() {
  ret void
}
