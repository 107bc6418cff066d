// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/* A kernel-style translation unit with a BTF kfunc set, modelled on
 * kernel/bpf/cpumask.c. Nothing in C calls the kfuncs: only the set table
 * names them, so without kfunc-preserve an LTO link drops or inlines them. */
#include "kfunc_macros.h"

struct example_mask {
  unsigned long bits;
  int refs;
};

static struct example_mask pool[4];

__bpf_kfunc struct example_mask *example_mask_create(void) {
  for (int i = 0; i < 4; i++)
    if (!pool[i].refs) {
      pool[i].refs = 1;
      pool[i].bits = 0;
      return &pool[i];
    }
  return 0;
}

__bpf_kfunc void example_mask_release(struct example_mask *m) {
  if (m && m->refs)
    m->refs--;
}

__bpf_kfunc void example_mask_set_bit(unsigned int bit, struct example_mask *m) {
  m->bits |= 1UL << (bit & 63);
}

/* A static kfunc, as tcp_cubic's are. Clang emits a static function only
 * if something references it (or it is __used), so this one is also called
 * by ordinary code below -- which is what lets the optimizer inline it and
 * drop the out-of-line copy the BPF verifier needs. */
static __bpf_kfunc int example_mask_weight(const struct example_mask *m) {
  return __builtin_popcountl(m->bits);
}

int example_mask_count(const struct example_mask *m) {
  return m ? example_mask_weight(m) : 0;
}

/* A kfunc that ordinary code also calls (like crash_kexec). */
__bpf_kfunc int example_mask_empty(const struct example_mask *m) {
  return m->bits == 0;
}

int example_mask_is_clear(const struct example_mask *m) {
  return example_mask_empty(m);
}

BTF_KFUNCS_START(example_kfunc_btf_ids)
BTF_ID_FLAGS(func, example_mask_create, KF_ACQUIRE | KF_RET_NULL)
BTF_ID_FLAGS(func, example_mask_release, KF_RELEASE)
BTF_ID_FLAGS(func, example_mask_set_bit, KF_RCU)
BTF_ID_FLAGS(func, example_mask_weight, KF_RCU)
BTF_ID_FLAGS(func, example_mask_empty, KF_RCU)
BTF_KFUNCS_END(example_kfunc_btf_ids)
