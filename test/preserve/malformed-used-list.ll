; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; A used list the verifier would reject (reachable with -disable-verify or
; from a broken producer) is an error diagnostic naming it, never a crash in
; collectUsedGlobalVariables/appendToUsed.
; RUN: not %opt -disable-verify -passes=kfunc-preserve -kfunc=kf -S %s 2>&1 | FileCheck %s
; RUN: sed 's/^@llvm.used = .*/@llvm.used = appending global i32 0/' %s > %t.notarray.ll
; RUN: not %opt -disable-verify -passes=kfunc-preserve -kfunc=kf -S %t.notarray.ll 2>&1 | FileCheck %s --check-prefix=NOTARRAY
; RUN: sed 's/^@llvm.used = .*/@llvm.used = appending global [0 x ptr] zeroinitializer, section "llvm.metadata"/' %s > %t.zero.ll
; RUN: not %opt -disable-verify -passes=kfunc-preserve -kfunc=kf -S %t.zero.ll 2>&1 | FileCheck %s --check-prefix=ZERO

@llvm.used = global [1 x ptr] [ptr @kf], section "llvm.metadata"

define void @kf() {
  ret void
}

; CHECK: error: kfunc-preserve: @llvm.used does not have appending linkage; kfuncs cannot be added to @llvm.used (only made noinline)
; CHECK-NOT: PLEASE submit
; NOTARRAY: error: kfunc-preserve: @llvm.used is not an array; kfuncs cannot be added to @llvm.used (only made noinline)
; NOTARRAY-NOT: PLEASE submit
; ZERO: error: kfunc-preserve: @llvm.used is a zeroinitializer, not a list; kfuncs cannot be added to @llvm.used (only made noinline)
; ZERO-NOT: PLEASE submit
