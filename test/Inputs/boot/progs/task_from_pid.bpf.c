// SPDX-License-Identifier: GPL-2.0-only OR Apache-2.0 WITH LLVM-exception
// generic_btf_ids (kernel/bpf/helpers.c): look up a task by pid and read it.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include "../kfunc_boot.h"

extern struct task_struct *bpf_task_from_pid(s32 pid) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;

SEC("syscall")
int task_from_pid(struct kt_args *args)
{
	struct task_struct *task = bpf_task_from_pid(args->arg);
	int tgid;

	if (!task)
		return -1;
	tgid = task->tgid;
	bpf_task_release(task);
	return tgid;
}

char _license[] SEC("license") = "GPL";
