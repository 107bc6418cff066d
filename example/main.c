// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/* The rest of the "kernel": it never calls the kfuncs. */
int example_mask_is_clear(const void *m);
int example_mask_count(const void *m);

int main(void) {
  return example_mask_count((const void *)0) +
         (example_mask_is_clear((const void *)0) ? 0 : 1);
}
