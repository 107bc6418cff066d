; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Source `attribute` alone: the string function attribute "bpf_kfunc" (for IR
; producers other than clang) pins the function; the attribute stays. A
; different string attribute, or "bpf_kfunc" as a parameter attribute-like
; key/value on another function, does not.
; RUN: %opt -passes=kfunc-preserve -S %s | FileCheck %s
; RUN: %opt -passes=kfunc-preserve,verify -disable-output %s

; CHECK: @llvm.used = appending global [2 x ptr] [ptr @kf_attr, ptr @kf_attr_value], section "llvm.metadata"

; CHECK: define void @kf_attr() #[[PIN:[0-9]+]] {
define void @kf_attr() #0 {
  ret void
}

; CHECK: define internal void @kf_attr_value() #[[PINV:[0-9]+]] {
define internal void @kf_attr_value() #1 {
  ret void
}

; CHECK: define void @other_attr() #[[OTHER:[0-9]+]] {
define void @other_attr() #2 {
  ret void
}

; CHECK-DAG: attributes #[[PIN]] = { noinline "bpf_kfunc" }
; CHECK-DAG: attributes #[[PINV]] = { noinline "bpf_kfunc"="yes" }
; CHECK-DAG: attributes #[[OTHER]] = { "bpf_kfunc_not" }
; CHECK-DAG: !{!"kfunc.v1", !"name", !"kf_attr", !"sources", !"attribute", !"state", !"pinned",
; CHECK-DAG: !{!"kfunc.v1", !"name", !"kf_attr_value", !"sources", !"attribute", !"state", !"pinned",
; CHECK-NOT: !"other_attr"

attributes #0 = { "bpf_kfunc" }
attributes #1 = { "bpf_kfunc"="yes" }
attributes #2 = { "bpf_kfunc_not" }
