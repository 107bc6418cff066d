; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; A kfunc in an @llvm.used without appending linkage (used-list-malformed.test
; derives the other variants from it with sed).
@llvm.used = global [1 x ptr] [ptr @kf], section "llvm.metadata"

define void @kf() {
  ret void
}
