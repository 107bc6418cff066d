// SPDX-License-Identifier: GPL-2.0-only OR Apache-2.0 WITH LLVM-exception
// cpumask_kfunc_btf_ids (kernel/bpf/cpumask.c).
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include "../kfunc_boot.h"

extern struct bpf_cpumask *bpf_cpumask_create(void) __ksym;
extern void bpf_cpumask_release(struct bpf_cpumask *cpumask) __ksym;
extern void bpf_cpumask_set_cpu(u32 cpu, struct bpf_cpumask *cpumask) __ksym;
extern bool bpf_cpumask_test_cpu(u32 cpu, const struct cpumask *cpumask) __ksym;
extern u32 bpf_cpumask_weight(const struct cpumask *cpumask) __ksym;

/* Sets CPU arg in a new mask: returns 10 * weight + whether arg is set. */
SEC("syscall")
int cpumask(struct kt_args *args)
{
	struct bpf_cpumask *mask = bpf_cpumask_create();
	const struct cpumask *view = (const struct cpumask *)mask;
	int result;

	if (!mask)
		return -1;
	bpf_cpumask_set_cpu(args->arg, mask);
	result = 10 * bpf_cpumask_weight(view) +
		 bpf_cpumask_test_cpu(args->arg, view);
	bpf_cpumask_release(mask);
	return result;
}

char _license[] SEC("license") = "GPL";
