// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/* The file with the kfunc set. It lists local_kfunc, defined here, and
 * impl_kfunc, defined in lto-impl.c -- as kernel/bpf/helpers.c lists
 * crash_kexec from kernel/crash_core.c. */
#include "kfunc_macros.h"

struct obj {
  int refs;
};

/* Defined here, but the source forgot __bpf_kfunc: kfunc-preserve pins it
 * anyway, and kfunc-audit says so (missing-annotation). */
struct obj *local_kfunc(struct obj *o) {
  if (o)
    o->refs++;
  return o;
}

BTF_KFUNCS_START(lto_ids)
BTF_ID_FLAGS(func, local_kfunc, KF_ACQUIRE | KF_RET_NULL)
BTF_ID_FLAGS(func, impl_kfunc, KF_TRUSTED_ARGS)
BTF_KFUNCS_END(lto_ids)

int main(void) { return 0; }
