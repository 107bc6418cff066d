// SPDX-License-Identifier: GPL-2.0-only OR Apache-2.0 WITH LLVM-exception
// generic_btf_ids (kernel/bpf/helpers.c): allocate a program-local object.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
#include "../kfunc_boot.h"

extern void *bpf_obj_new_impl(__u64 local_type_id, void *meta) __ksym;
extern void bpf_obj_drop_impl(void *kptr, void *meta) __ksym;

struct kt_node {
	long value;
};

SEC("syscall")
int obj_new(struct kt_args *args)
{
	struct kt_node *node =
	    bpf_obj_new_impl(bpf_core_type_id_local(struct kt_node), NULL);
	long value;

	if (!node)
		return -1;
	node->value = args->arg;
	value = node->value + 1;
	bpf_obj_drop_impl(node, NULL);
	return value;
}

char _license[] SEC("license") = "GPL";
