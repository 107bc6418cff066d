// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#include "kfunc_macros.h"
/* Linux 6.3's __bpf_kfunc: __used noinline. */
__attribute__((used, noinline)) int k_used(int x) { return x + 1; }
/* Linux 6.10's with __retain. */
__attribute__((used, retain, noinline)) int k_retain(int x) { return x + 2; }
/* The source forgot __bpf_kfunc. */
int k_bare(int x) { return x + 3; }
__attribute__((noinline)) int k_noinline_only(int x) { return x + 4; }
__attribute__((used)) int k_used_only(int x) { return x + 5; }
BTF_KFUNCS_START(ma_ids)
BTF_ID_FLAGS(func, k_used, KF_ACQUIRE)
BTF_ID_FLAGS(func, k_retain)
BTF_ID_FLAGS(func, k_bare, KF_RET_NULL)
BTF_ID_FLAGS(func, k_noinline_only)
BTF_ID_FLAGS(func, k_used_only)
BTF_KFUNCS_END(ma_ids)
