; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; kfunc-preserve writes !kfunc.owner for the records it writes (imported-records.ll).
source_filename = "main.c"

define void @f() "bpf_kfunc" {
  ret void
}
