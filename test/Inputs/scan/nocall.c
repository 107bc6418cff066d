// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#include "kfunc_macros.h"
struct obj { long v; };
/* A static kfunc that ordinary code also calls: without kfunc-preserve,
   IPO changes its signature (unused parameter dropped) and DWARF says
   DW_CC_nocall. */
static __attribute__((noinline)) long nc_kfunc_get(struct obj *o, int unused) {
  return o->v * 3 + 1;
}
/* Another called static kfunc whose signature stays as written. With
   -ffunction-sections both start at offset 0 of their own section. */
static __attribute__((noinline)) long nc_kfunc_intact(struct obj *o) {
  return o->v * 5 + 2;
}
long nc_user(struct obj *o) {
  return nc_kfunc_get(o, 7) + nc_kfunc_get(o, 9) + nc_kfunc_intact(o) +
         nc_kfunc_intact(o + 1);
}
BTF_KFUNCS_START(nc_set)
BTF_ID_FLAGS(func, nc_kfunc_get, KF_RCU)
BTF_ID_FLAGS(func, nc_kfunc_intact, KF_RCU)
BTF_KFUNCS_END(nc_set)
