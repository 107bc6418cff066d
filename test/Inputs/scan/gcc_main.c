// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/* The rest of the "kernel" for gcc_kfuncs.c: calls the ordinary code. */
struct ctr;
long gk_account(struct ctr *c);
struct ctr { long hits; long misses; } g;
int main(void) { return gk_account(&g) != 0; }
