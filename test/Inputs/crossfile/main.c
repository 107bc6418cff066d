// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/* The rest of the "kernel": calls one cross-file kfunc as ordinary code. */
struct xf_obj {
  long val;
};
__attribute__((visibility("hidden"))) long xf_remote_called(struct xf_obj *o);

struct xf_obj xf_global = {5};

int main(void) { return (int)xf_remote_called(&xf_global); }
