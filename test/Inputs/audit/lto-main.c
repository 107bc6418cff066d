// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/* The rest of the program: it calls no kfunc. */
int main(void) { return 0; }
