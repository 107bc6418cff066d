; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Used lists that are valid but unusual: holding global variables, an
; alias and a declaration, listing one function twice, @llvm.used only
; declared. kfunc-preserve appends the kfunc once, keeps every old entry,
; and the output verifies.
; RUN: %opt -passes=kfunc-preserve -kfunc=kf,kf_twice -S %s 2>%t.err | FileCheck %s
; RUN: count 0 < %t.err
; RUN: %opt -passes=kfunc-preserve,verify -kfunc=kf,kf_twice -disable-output %s

@g = global i32 0
@a = alias i32, ptr @g
@llvm.used = appending global [5 x ptr] [ptr @g, ptr @a, ptr @decl, ptr @kf_twice, ptr @kf_twice], section "llvm.metadata"
@llvm.compiler.used = external global [0 x ptr]

; CHECK: @llvm.used = appending global [5 x ptr] [ptr @g, ptr @a, ptr @decl, ptr @kf_twice, ptr @kf], section "llvm.metadata"
; CHECK-NOT: @llvm.compiler.used = appending

declare void @decl()
; CHECK: define void @kf() #[[A:[0-9]+]]
define void @kf() {
  ret void
}
; CHECK: define void @kf_twice() #[[A]]
define void @kf_twice() {
  ret void
}
; CHECK: attributes #[[A]] = { noinline }
