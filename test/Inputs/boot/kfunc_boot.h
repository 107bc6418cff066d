// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/* Shared by the BPF programs of progs/ and by loader.c: the data
 * they exchange. The BPF side includes vmlinux.h first, the loader
 * <linux/types.h>; both define the __u32/__s32 used here. */
#ifndef KFUNC_BOOT_H
#define KFUNC_BOOT_H

/* The context a BPF_PROG_TYPE_SYSCALL program receives from
 * bpf_prog_test_run: the loader's input. */
struct kt_args {
	__s32 arg;
};

/* What a tcp_congestion_ops program counts in its .bss while the loader
 * sends data over a loopback connection that uses it. */
struct kt_ca_counts {
	__u32 init;       /* .init calls */
	__u32 cong_avoid; /* .cong_avoid calls */
	__u32 grew;       /* .cong_avoid calls after which snd_cwnd was larger */
};

#endif
