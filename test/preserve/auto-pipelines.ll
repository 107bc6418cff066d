; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Automatic registration: with the plugin loaded, kfunc-preserve runs at the
; start of every default pipeline, -O0 included. A static, uncalled kfunc
; listed only in a set8 comes out defined, noinline and in @llvm.used, while
; an ordinary static uncalled function is deleted. -kfunc-auto=false (or
; -no-kfunc-auto in KFUNC_PRESERVE_OPTIONS) turns the registration off, and
; then the kfunc is gone too: the pass, not the pipeline, keeps it.
; (kfunc-audit, registered too, warns on stderr that the source lacks
; __bpf_kfunc; that is its business, not this test's.)
; RUN: %opt -passes='default<O2>' -S %s 2>/dev/null | FileCheck %s
; RUN: %opt -passes='default<O3>' -S %s 2>/dev/null | FileCheck %s
; RUN: %opt -passes='default<Os>' -S %s 2>/dev/null | FileCheck %s
; RUN: %opt -passes='default<O0>' -S %s 2>/dev/null | FileCheck %s --check-prefix=O0
; RUN: %opt -passes='lto-pre-link<O2>' -S %s 2>/dev/null | FileCheck %s
; RUN: %opt -passes='thinlto-pre-link<O2>' -S %s 2>/dev/null | FileCheck %s
; RUN: %opt -passes='default<O2>' -kfunc-auto=false -S %s 2>/dev/null | FileCheck %s --check-prefix=OFF
; RUN: %opt -passes='lto-pre-link<O2>' -kfunc-auto=false -S %s 2>/dev/null | FileCheck %s --check-prefix=OFF
; RUN: %opt -passes='thinlto-pre-link<O2>' -kfunc-auto=false -S %s 2>/dev/null | FileCheck %s --check-prefix=OFF
; RUN: env KFUNC_PRESERVE_OPTIONS=-no-kfunc-auto %opt -passes='default<O2>' -S %s 2>/dev/null | FileCheck %s --check-prefix=OFF
; RUN: %opt -passes='default<O2>' -S %s | %opt -passes=verify -disable-output

module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local demo_ids;"
module asm "demo_ids:;"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__set8__demo_ids;"
module asm "__BTF_ID__set8__demo_ids:;"
module asm ".zero 4"
module asm ".long (1 << 0)"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__func__kf_static__77 ;"
module asm ".type  __BTF_ID__func__kf_static__77, STT_OBJECT;"
module asm ".size  __BTF_ID__func__kf_static__77, 4;"
module asm "__BTF_ID__func__kf_static__77:"
module asm ".zero 4"
module asm ".long (1 << 0) | (1 << 2)"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".local __BTF_ID__func__kf_called__78 ;"
module asm "__BTF_ID__func__kf_called__78:"
module asm ".zero 4"
module asm ".long 0"
module asm ".popsection;"
module asm ".pushsection .BTF_ids,\22a\22;"
module asm ".size __BTF_ID__set8__demo_ids, .-demo_ids"
module asm ".popsection;"

define internal i32 @kf_static(i32 %x) {
  %r = add i32 %x, 1
  ret i32 %r
}

define internal i32 @plain_static(i32 %x) {
  ret i32 %x
}

; A static kfunc that ordinary code also calls: it stays out of line with its
; signature (the unused argument is not removed; dead-argument elimination may
; still pass poison for it, which used lists cannot prevent: docs/internals.md).
@sink = global i32 0

define internal i32 @kf_called(i32 %x, i32 %unused) {
  store volatile i32 %x, ptr @sink
  ret i32 %x
}

define i32 @caller(i32 %x) {
  %r = call i32 @kf_called(i32 %x, i32 7)
  ret i32 %r
}

; CHECK: @llvm.used = appending global [2 x ptr] [{{ptr @kf_static, ptr @kf_called|ptr @kf_called, ptr @kf_static}}], section "llvm.metadata"
; CHECK: define internal i32 @kf_static(i32 %x) #[[PIN:[0-9]+]] {
; CHECK-NOT: @plain_static
; CHECK: define internal i32 @kf_called(i32 {{.*}}%x, i32 %unused) #[[PIN2:[0-9]+]] {
; CHECK: define i32 @caller(i32 {{.*}}%x)
; CHECK-NEXT: call i32 @kf_called(i32 %x, i32 {{.*}})
; CHECK-DAG: attributes #[[PIN]] = { {{.*}}noinline{{.*}} }
; CHECK-DAG: attributes #[[PIN2]] = { {{.*}}noinline{{.*}} }
; CHECK: !kfunc.preserve = !{![[R:[0-9]+]], ![[R2:[0-9]+]]}
; CHECK: ![[R]] = !{!"kfunc.v1", !"name", !"kf_static", !"sources", !"btf-set8", !"state", !"pinned",

; At -O0 nothing is deleted anyway; the kfunc is still pinned.
; O0: @llvm.used = appending global [2 x ptr] [ptr @kf_static, ptr @kf_called], section "llvm.metadata"
; O0: define internal i32 @kf_static(i32 %x) #[[PIN:[0-9]+]] {
; O0: attributes #[[PIN]] = { noinline }

; OFF-NOT: @llvm.used
; OFF-NOT: @kf_static
; OFF-NOT: @kf_called
; OFF: define i32 @caller(i32 {{.*}}%x)
; OFF-NOT: call
; OFF-NOT: @kf_static
; OFF-NOT: @kf_called
; OFF-NOT: !kfunc.preserve
