// SPDX-License-Identifier: GPL-2.0-only OR Apache-2.0 WITH LLVM-exception
// crash_kexec: listed in kernel/bpf/helpers.c (generic_btf_ids; 6.1:
// tracing_btf_ids), defined in kernel/crash_core.c (6.1: kernel/kexec_core.c).
// Destructive: the loader only loads it, never attaches it, and the call is
// behind a condition no task meets.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

extern void crash_kexec(struct pt_regs *regs) __ksym;

SEC("tp_btf/task_newtask")
int BPF_PROG(crash_kexec_ref, struct task_struct *task, u64 clone_flags)
{
	struct pt_regs regs = {};

	if (task->pid == -1)
		crash_kexec(&regs);
	return 0;
}

char _license[] SEC("license") = "GPL";
