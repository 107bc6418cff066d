// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/* A kfunc set whose kfunc is a bare function (no __bpf_kfunc): unless
 * kfunc-preserve pins it when this file is compiled, nothing references it
 * and a final LTO link drops it. */
#include "kfunc_macros.h"

struct obj {
  int refs;
};

int unpinned_kfunc(struct obj *o) {
  return o->refs;
}

BTF_KFUNCS_START(unpinned_ids)
BTF_ID_FLAGS(func, unpinned_kfunc, KF_RCU)
BTF_KFUNCS_END(unpinned_ids)
