// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/* A kernel-style translation unit with a BTF kfunc set (Linux 6.12 macros,
 * example/kfunc_macros.h). Each kfunc meets one of the dangers of
 * test/dangers/ in a real build:
 *   demo_obj_acquire, demo_obj_release  global, only BPF calls them: LTO
 *                                       liveness, internalize + GlobalDCE;
 *   demo_crash                          global, also called by ordinary code
 *                                       in another file (like crash_kexec):
 *                                       inlining, ThinLTO import;
 *   demo_obj_read                       static, pointer argument only loaded
 *                                       from, called here: inlining, argument
 *                                       promotion, ThinLTO promotion;
 *   demo_unused_arg                     static, ignores an argument, called
 *                                       here with constants: DAE, IPSCCP,
 *                                       fastcc (noinline, as kernels before
 *                                       6.3 wrote some kfuncs).
 * __bpf_kfunc is empty unless KFUNC_EXAMPLE_KERNEL_GUARD is defined: the
 * plugin alone, finding the kfuncs in the set table, must keep them. */
#include "kfunc_macros.h"

struct demo_obj {
  long val;
  int refs;
};

static struct demo_obj objs[4];
volatile long demo_sink;

__bpf_kfunc struct demo_obj *demo_obj_acquire(int idx) {
  struct demo_obj *o = &objs[idx & 3];
  o->refs++;
  return o;
}

__bpf_kfunc void demo_obj_release(struct demo_obj *o) {
  if (o && o->refs)
    o->refs--;
}

__bpf_kfunc int demo_crash(int code) {
  demo_sink = code;
  return code + 1;
}

static __bpf_kfunc long demo_obj_read(const struct demo_obj *o) {
  return o->val * 3;
}

static __attribute__((noinline)) __bpf_kfunc unsigned int
demo_unused_arg(unsigned int arg, unsigned int unused) {
  demo_sink = arg;
  return arg;
}

/* Ordinary kernel code. */

/* Not a kfunc: no set lists it. lld-plugin.test names it only through
 * KFUNC_PRESERVE_OPTIONS=-kfunc=... at link time. */
int demo_listed_only(int x) {
  demo_sink = x;
  return x * 5;
}

void demo_obj_set(int idx, long val) { objs[idx & 3].val = val; }

long demo_obj_sum(int n) {
  long s = 0;
  for (int i = 0; i < n; i++)
    s += demo_obj_read(&objs[i & 3]);
  return s + demo_unused_arg(7, 0);
}

BTF_KFUNCS_START(demo_kfunc_ids)
BTF_ID_FLAGS(func, demo_obj_acquire, KF_ACQUIRE | KF_RET_NULL)
BTF_ID_FLAGS(func, demo_obj_release, KF_RELEASE)
BTF_ID_FLAGS(func, demo_crash)
BTF_ID_FLAGS(func, demo_obj_read, KF_RCU)
BTF_ID_FLAGS(func, demo_unused_arg)
BTF_KFUNCS_END(demo_kfunc_ids)
