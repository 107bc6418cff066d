// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/* Kfuncs defined away from their set (set.c): global, hidden, as in a kernel
 * built with -fvisibility=hidden. Compiling this file alone, nothing says
 * they are kfuncs. */
struct xf_obj {
  long val;
};

/* Nothing calls it: a final LTO link drops it. */
__attribute__((visibility("hidden"))) long xf_remote_get(struct xf_obj *o,
                                                         long scale) {
  return o ? o->val * scale : 0;
}

/* Ordinary code in main.c also calls it (like crash_kexec): LTO inlines it
 * there and then drops it. */
__attribute__((visibility("hidden"))) long xf_remote_called(struct xf_obj *o) {
  return o->val * 7 + 3;
}
