// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/* Kernel-style kfuncs built by GCC: __bpf_kfunc as in Linux 6.12 (used,
   retain, noinline, but not noclone). GCC -O3 -flto still clones kfuncs that
   ordinary code calls, and drops a kfunc that nothing calls. */
#define KFUNC_EXAMPLE_KERNEL_GUARD
#include "kfunc_macros.h"

struct ctr { long hits; long misses; };

/* Called with a constant: GCC specializes it (.constprop.0). */
__bpf_kfunc long gk_ctr_add(struct ctr *c, long n, int which) {
  if (which)
    c->misses += n;
  else
    c->hits += n;
  return c->hits - c->misses;
}

/* An unused parameter: IPA-SRA drops it in a clone (.isra.0). */
__bpf_kfunc long gk_ctr_read(struct ctr *c, int unused) {
  return c->hits * 2 + c->misses;
}

/* Listed, correct: nothing calls it. */
__bpf_kfunc void gk_ctr_reset(struct ctr *c) { c->hits = c->misses = 0; }

/* A kfunc without the kernel's guard: nothing calls it, -flto drops it. */
__attribute__((visibility("hidden"))) long gk_ctr_peek(struct ctr *c) {
  return c->hits;
}

/* A static kfunc without the guard: IPA-SRA replaces it by a clone. */
static __attribute__((noinline)) long gk_ctr_scale(struct ctr *c, int unused) {
  return c->hits * 3 - c->misses;
}

long gk_account(struct ctr *c) {
  long r = 0;
  for (int i = 0; i < 4; i++)
    r += gk_ctr_add(c, i, 1) + gk_ctr_read(c, i) + gk_ctr_scale(c, i);
  return r;
}

BTF_KFUNCS_START(gk_kfunc_ids)
BTF_ID_FLAGS(func, gk_ctr_add)
BTF_ID_FLAGS(func, gk_ctr_read, KF_RCU)
BTF_ID_FLAGS(func, gk_ctr_reset)
BTF_ID_FLAGS(func, gk_ctr_peek)
BTF_ID_FLAGS(func, gk_ctr_scale)
BTF_KFUNCS_END(gk_kfunc_ids)
