// SPDX-License-Identifier: GPL-2.0-only OR Apache-2.0 WITH LLVM-exception
// common_btf_ids (kernel/bpf/helpers.c): an RCU read-side section around a
// task lookup of generic_btf_ids.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include "../kfunc_boot.h"

extern void bpf_rcu_read_lock(void) __ksym;
extern void bpf_rcu_read_unlock(void) __ksym;
extern struct task_struct *bpf_task_from_pid(s32 pid) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;

SEC("syscall")
int rcu_read_lock(struct kt_args *args)
{
	struct task_struct *task;
	int pid = -1;

	bpf_rcu_read_lock();
	task = bpf_task_from_pid(args->arg);
	if (task) {
		pid = task->pid;
		bpf_task_release(task);
	}
	bpf_rcu_read_unlock();
	return pid;
}

char _license[] SEC("license") = "GPL";
