// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/* The rest of the "kernel", in another translation unit: it calls ordinary
 * functions of kfuncs.c and, like panic() calling crash_kexec(), one kfunc.
 * No libc: linked with -e main. */
extern volatile long demo_sink;
void demo_obj_set(int idx, long val);
long demo_obj_sum(int n);
int demo_crash(int code);
int demo_listed_only(int x);

int main(void) {
  demo_obj_set(1, demo_listed_only((int)demo_sink));
  if (demo_obj_sum((int)demo_sink) > 100)
    return demo_crash(3);
  return 0;
}
