// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/* Kernel-style kfunc sets for the BTF checks of kfunc-scan --verify. Built
 * with -g, linked, given .BTF by pahole -J and resolved by
 * resolve-btfids.py, it stands for a final vmlinux.
 *   BK_CHANGED  bk_scale's second parameter is long instead of int;
 *   BK_MISSING  the kfunc set lists bk_missing, which nothing defines;
 *   BK_OLD      the kfunc set has the 6.0-6.8 header (.zero 8, no flags
 *               word) and the set8 that holds no kfuncs is left out. */
#include "kfunc_macros.h"

struct bk_task {
  int pid;
  struct bk_task *parent;
};
typedef unsigned int bk_u32;

#ifdef BK_CHANGED
#define BK_ARG long
#else
#define BK_ARG int
#endif

#define KF __attribute__((used, noinline))

KF struct bk_task *bk_task_acquire(struct bk_task *t) { return t->parent; }
KF void bk_task_release(struct bk_task *t) { t->pid = 0; }
KF bk_u32 bk_scale(bk_u32 v, BK_ARG by) { return v * by; }
KF int bk_fmod_target(const char *s) { return s[0]; }

#ifdef BK_OLD
BTF_ID_LIST(bk_kfunc_ids)
asm(".pushsection .BTF_ids,\"a\";\n"
    ".local __BTF_ID__set8__bk_kfunc_ids;\n"
    "__BTF_ID__set8__bk_kfunc_ids:;\n"
    ".zero 8\n"
    ".popsection;\n");
#else
BTF_KFUNCS_START(bk_kfunc_ids)
#endif
BTF_ID_FLAGS(func, bk_task_acquire, KF_ACQUIRE | KF_RET_NULL)
BTF_ID_FLAGS(func, bk_task_release, KF_RELEASE)
BTF_ID_FLAGS(func, bk_scale)
#ifdef BK_MISSING
BTF_ID_FLAGS(func, bk_missing)
#endif
BTF_KFUNCS_END(bk_kfunc_ids)

#ifndef BK_OLD
/* A set8 without BTF_SET8_KFUNCS (like 6.12's mptcp fmod_ret table): not
 * kfuncs, so not judged; bk_fmod_gone is defined nowhere. */
__BTF_SET8_START(bk_fmodret_ids, local, 0)
BTF_ID_FLAGS(func, bk_fmod_target)
BTF_ID_FLAGS(func, bk_fmod_gone)
BTF_KFUNCS_END(bk_fmodret_ids)
#endif
