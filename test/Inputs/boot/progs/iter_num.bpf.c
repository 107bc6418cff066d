// SPDX-License-Identifier: GPL-2.0-only OR Apache-2.0 WITH LLVM-exception
// bpf_iter_num_*: listed in common_btf_ids (kernel/bpf/helpers.c), defined
// in kernel/bpf/bpf_iter.c.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include "../kfunc_boot.h"

extern int bpf_iter_num_new(struct bpf_iter_num *it, int start, int end) __ksym;
extern int *bpf_iter_num_next(struct bpf_iter_num *it) __ksym;
extern void bpf_iter_num_destroy(struct bpf_iter_num *it) __ksym;

/* Returns 0 + 1 + ... + (arg - 1). */
SEC("syscall")
int iter_num(struct kt_args *args)
{
	struct bpf_iter_num it;
	int sum = 0;
	int *value;

	bpf_iter_num_new(&it, 0, args->arg);
	while ((value = bpf_iter_num_next(&it)))
		sum += *value;
	bpf_iter_num_destroy(&it);
	return sum;
}

char _license[] SEC("license") = "GPL";
