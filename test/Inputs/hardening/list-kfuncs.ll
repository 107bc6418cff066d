; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
define void @kf_a() {
  ret void
}
define void @kf_b() {
  ret void
}
