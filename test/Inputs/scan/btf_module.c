// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/* A module's kfunc set for the split-BTF checks of kfunc-scan --verify
 * (a .ko made with ld.lld -r, given .BTF by pahole -J --btf_base vmlinux). */
#include "kfunc_macros.h"

struct bk_task;

__attribute__((used, noinline)) int bm_get(struct bk_task *t) {
  return t != 0;
}

BTF_KFUNCS_START(bm_kfunc_ids)
BTF_ID_FLAGS(func, bm_get)
BTF_KFUNCS_END(bm_kfunc_ids)
