; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; A module that defines, annotated, the kfunc report-a.ll's set lists, and
; has a kfunc whose record says it was lost.
source_filename = "b.c"

@llvm.compiler.used = appending global [1 x ptr] [ptr @shared_kfunc], section "llvm.metadata"

define i32 @shared_kfunc(i32 %x) noinline "bpf_kfunc" {
  ret i32 %x
}

!kfunc.preserve = !{!0}
!0 = !{!"kfunc.v1", !"name", !"b_gone", !"sources", !"annotate", !"state", !"pinned", !"type", !"void ()", !"cc", i64 0, !"front-end", !"noinline,compiler-used", !"loc", !"b.c:9", !"sets", !{}}
