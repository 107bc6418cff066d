; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; LLVM 15+ also registers kfunc-preserve at the start of the full-LTO link
; pipeline (lto<O2>, as run by ld.lld and llvm-lto2): a kfunc that only the
; set names is kept there too. Without the plugin's registration it is gone.
; REQUIRES: llvm-ge-15
; RUN: %opt -passes='lto<O2>' -S %s 2>/dev/null | FileCheck %s
; RUN: %opt -passes='lto<O2>' -kfunc-auto=false -S %s 2>/dev/null | FileCheck %s --check-prefix=OFF

module asm ".pushsection .BTF_ids,\22a\22; .local lto_ids; lto_ids:; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__set8__lto_ids:; .zero 4; .long (1 << 0); .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; __BTF_ID__func__kf_lto__1:; .zero 4; .long 0; .popsection;"
module asm ".pushsection .BTF_ids,\22a\22; .size __BTF_ID__set8__lto_ids, .-lto_ids; .popsection;"

define internal i32 @kf_lto(i32 %x) {
  ret i32 %x
}

; CHECK: @llvm.used = appending global [1 x ptr] [ptr @kf_lto], section "llvm.metadata"
; CHECK: define internal i32 @kf_lto(i32 {{.*}}%x) #[[PIN:[0-9]+]] {
; CHECK: attributes #[[PIN]] = { {{.*}}noinline{{.*}} }
; CHECK: !kfunc.preserve = !{![[R:[0-9]+]]}
; CHECK: ![[R]] = !{!"kfunc.v1", !"name", !"kf_lto", !"sources", !"btf-set8", !"state", !"pinned",

; OFF-NOT: @llvm.used
; OFF-NOT: @kf_lto
; OFF-NOT: !kfunc.preserve
