// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/* Defines a kfunc that lto-set.c's set lists. Compiled with
 * -DKFUNC_EXAMPLE_KERNEL_GUARD, __bpf_kfunc is the kernel's
 * __attribute__((used, retain, noinline)): nothing in this file says it is a
 * kfunc, and only the full-LTO link sees it together with its set. */
#include "kfunc_macros.h"

struct obj {
  int refs;
};

__bpf_kfunc int impl_kfunc(struct obj *o, int v) {
  return o->refs + v;
}
