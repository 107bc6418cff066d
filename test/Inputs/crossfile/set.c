// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/* The BTF kfunc set of the cross-file tests. Like kernel/bpf/helpers.c
 * listing crash_kexec (defined in kernel/crash_core.c), it lists kfuncs
 * defined in another file, kfunc.c, as well as one of its own. */
#include "kfunc_macros.h"

struct xf_obj {
  long val;
};

/* A kfunc next to its set: the compile-time plugin keeps it. */
__bpf_kfunc long xf_local_get(struct xf_obj *o) { return o->val + 1; }

BTF_KFUNCS_START(xf_kfunc_ids)
BTF_ID_FLAGS(func, xf_local_get, KF_RCU)
BTF_ID_FLAGS(func, xf_remote_get, KF_RCU | KF_RET_NULL)
BTF_ID_FLAGS(func, xf_remote_called)
BTF_KFUNCS_END(xf_kfunc_ids)
