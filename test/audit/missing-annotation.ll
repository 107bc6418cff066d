; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; missing-annotation: a function that a kfunc set (set8) lists and this module
; defines, but that the source did not mark __bpf_kfunc: no bpf_kfunc
; annotation and not what the kernel's macro does (noinline plus membership
; in @llvm.compiler.used -- `__used` -- or @llvm.used -- `__used __retain`).
;
; The IR below is what clang 19 produces for
; Inputs/audit/missing-annotation.c at -O2 before any LLVM pass
; (-Xclang -disable-llvm-passes; tbaa and target attributes trimmed):
;   __attribute__((used, noinline)) int k_used(int x)        -> compiler.used
;   __attribute__((used, retain, noinline)) int k_retain(..) -> llvm.used too
;   int k_bare(int x)                                        -> nothing
; It must be judged on the IR as the front end made it: after kfunc-preserve
; pinned everything (noinline, @llvm.used), k_bare is still reported, from
; the record of what the front end had done; k_used and k_retain never are.
;
; RUN: %opt -passes=kfunc-audit -disable-output %s 2>&1 | FileCheck %s --implicit-check-not=warning:
; RUN: %opt -passes=kfunc-preserve,kfunc-audit -disable-output %s 2>&1 | FileCheck %s --implicit-check-not=warning:
; The plugin's own O2 pipeline: kfunc-preserve at its start, kfunc-audit at
; its end.
; RUN: %opt -passes='default<O2>' -disable-output %s 2>&1 | FileCheck %s --implicit-check-not=warning:
; RUN: %opt -kfunc-auto=false -passes='kfunc-preserve,default<O2>,kfunc-audit' -disable-output %s 2>&1 | FileCheck %s --implicit-check-not=warning:
; RUN: %opt -passes=kfunc-preserve,kfunc-preserve %s -o %t.bc
; RUN: %opt -passes=kfunc-audit -disable-output %t.bc 2>&1 | FileCheck %s --implicit-check-not=warning:
; The pinned IR really does look annotated now: only the record tells.
; RUN: %opt -passes=kfunc-preserve -S %s | FileCheck %s --check-prefix=PINNED
; RUN: %opt -passes=kfunc-audit -kfunc-checks=-missing-annotation -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=OFF --allow-empty
;
; CHECK: warning: kfunc-audit{{( \(compile\))?}}: kfunc 'k_bare' in set 'ma_ids' is listed in a kfunc set but not marked __bpf_kfunc in the source (the front end made it neither noinline nor used) [missing-annotation]
; CHECK: warning: kfunc-audit{{( \(compile\))?}}: kfunc 'k_noinline_only' in set 'ma_ids' is listed in a kfunc set but not marked __bpf_kfunc in the source (the front end made it noinline but not used) [missing-annotation]
; CHECK: warning: kfunc-audit{{( \(compile\))?}}: kfunc 'k_used_only' in set 'ma_ids' is listed in a kfunc set but not marked __bpf_kfunc in the source (the front end made it used but not noinline) [missing-annotation]
; Linux 6.0-6.8 set8 tables have no flags word: they hold kfuncs too.
; CHECK: warning: kfunc-audit{{( \(compile\))?}}: kfunc 'k_old_bare' in set 'old_ids' is listed in a kfunc set {{.*}} [missing-annotation]
; CHECK-NOT: 'k_used'
; CHECK-NOT: 'k_retain'
; CHECK-NOT: 'k_annotated'
; CHECK-NOT: 'k_fmodret'
; CHECK-NOT: 'k_declared'
; CHECK-NOT: warning
;
; PINNED: @llvm.used = appending global {{.*}}@k_bare
; PINNED: define dso_local i32 @k_bare(i32 noundef %0) #[[NOINLINE:[0-9]+]]
; PINNED: attributes #[[NOINLINE]] = { noinline
;
; OFF-NOT: warning

module asm ".pushsection .BTF_ids,\22a\22;       "
module asm ".local ma_ids;                        "
module asm "ma_ids:;                                      "
module asm ".popsection;                                  "
module asm ".pushsection .BTF_ids,\22a\22;       "
module asm ".local __BTF_ID__set8__ma_ids;        "
module asm "__BTF_ID__set8__ma_ids:;                   "
module asm ".zero 4                                       "
module asm ".long (1 << 0)"
module asm ".popsection;                                  "
module asm ".pushsection .BTF_ids,\22a\22;       "
module asm ".local __BTF_ID__func__k_used__011 ;                          "
module asm ".type  __BTF_ID__func__k_used__011, STT_OBJECT;               "
module asm ".size  __BTF_ID__func__k_used__011, 4;                        "
module asm "__BTF_ID__func__k_used__011:                                     "
module asm ".zero 4                                       "
module asm ".long (1 << 0)"
module asm ".popsection;                                  "
module asm ".pushsection .BTF_ids,\22a\22;       "
module asm ".local __BTF_ID__func__k_retain__112 ;                          "
module asm ".type  __BTF_ID__func__k_retain__112, STT_OBJECT;               "
module asm ".size  __BTF_ID__func__k_retain__112, 4;                        "
module asm "__BTF_ID__func__k_retain__112:                                     "
module asm ".zero 4                                       "
module asm ".long 0"
module asm ".popsection;                                  "
module asm ".pushsection .BTF_ids,\22a\22;       "
module asm ".local __BTF_ID__func__k_bare__213 ;                          "
module asm ".type  __BTF_ID__func__k_bare__213, STT_OBJECT;               "
module asm ".size  __BTF_ID__func__k_bare__213, 4;                        "
module asm "__BTF_ID__func__k_bare__213:                                     "
module asm ".zero 4                                       "
module asm ".long (1 << 2)"
module asm ".popsection;                                  "
module asm ".pushsection .BTF_ids,\22a\22;       "
module asm ".local __BTF_ID__func__k_noinline_only__314 ;                          "
module asm ".type  __BTF_ID__func__k_noinline_only__314, STT_OBJECT;               "
module asm ".size  __BTF_ID__func__k_noinline_only__314, 4;                        "
module asm "__BTF_ID__func__k_noinline_only__314:                                     "
module asm ".zero 4                                       "
module asm ".long 0"
module asm ".popsection;                                  "
module asm ".pushsection .BTF_ids,\22a\22;       "
module asm ".local __BTF_ID__func__k_used_only__415 ;                          "
module asm ".type  __BTF_ID__func__k_used_only__415, STT_OBJECT;               "
module asm ".size  __BTF_ID__func__k_used_only__415, 4;                        "
module asm "__BTF_ID__func__k_used_only__415:                                     "
module asm ".zero 4                                       "
module asm ".long 0"
module asm ".popsection;                                  "
module asm ".pushsection .BTF_ids,\22a\22;      "
module asm ".size __BTF_ID__set8__ma_ids, .-ma_ids  "
module asm ".popsection;                                 "
; A set8 without the BTF_SET8_KFUNCS bit (like mptcp's fmod_ret list): not
; kfuncs, so no annotation is expected.
module asm ".pushsection .BTF_ids,\22a\22;"
module asm "__BTF_ID__set8__fmodret_ids:;"
module asm ".zero 4"
module asm ".long 0"
module asm "__BTF_ID__func__k_fmodret__90:"
module asm ".zero 4"
module asm ".long 0"
module asm ".size __BTF_ID__set8__fmodret_ids, .-fmodret_ids"
module asm ".popsection;"
; A Linux 6.1 kfunc set: `.zero 8` header, no flags word. k_annotated is
; marked with annotate("bpf_kfunc"); k_declared is defined elsewhere.
module asm ".pushsection .BTF_ids,\22a\22;"
module asm "__BTF_ID__set8__old_ids:;"
module asm ".zero 8"
module asm "__BTF_ID__func__k_old_bare__91:"
module asm ".zero 4"
module asm ".long 0"
module asm "__BTF_ID__func__k_annotated__92:"
module asm ".zero 4"
module asm ".long 0"
module asm "__BTF_ID__func__k_declared__93:"
module asm ".zero 4"
module asm ".long 0"
module asm ".size __BTF_ID__set8__old_ids, .-old_ids"
module asm ".popsection;"

@llvm.used = appending global [1 x ptr] [ptr @k_retain], section "llvm.metadata"
@llvm.compiler.used = appending global [3 x ptr] [ptr @k_used, ptr @k_retain, ptr @k_used_only], section "llvm.metadata"
@.str = private unnamed_addr constant [10 x i8] c"bpf_kfunc\00", section "llvm.metadata"
@.str.1 = private unnamed_addr constant [5 x i8] c"ma.c\00", section "llvm.metadata"
@llvm.global.annotations = appending global [1 x { ptr, ptr, ptr, i32, ptr }] [{ ptr, ptr, ptr, i32, ptr } { ptr @k_annotated, ptr @.str, ptr @.str.1, i32 20, ptr null }], section "llvm.metadata"

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @k_used(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = add nsw i32 %3, 1
  ret i32 %4
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @k_retain(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = add nsw i32 %3, 2
  ret i32 %4
}

; Function Attrs: nounwind uwtable
define dso_local i32 @k_bare(i32 noundef %0) #1 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = add nsw i32 %3, 3
  ret i32 %4
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @k_noinline_only(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = add nsw i32 %3, 4
  ret i32 %4
}

; Function Attrs: nounwind uwtable
define dso_local i32 @k_used_only(i32 noundef %0) #1 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = add nsw i32 %3, 5
  ret i32 %4
}

define dso_local i32 @k_fmodret(i32 noundef %0) #1 {
  ret i32 %0
}

define dso_local i32 @k_old_bare(i32 noundef %0) #1 {
  ret i32 %0
}

define dso_local i32 @k_annotated(i32 noundef %0) #1 {
  ret i32 %0
}

declare i32 @k_declared(i32 noundef)

attributes #0 = { noinline nounwind uwtable "frame-pointer"="all" }
attributes #1 = { nounwind uwtable "frame-pointer"="all" }
