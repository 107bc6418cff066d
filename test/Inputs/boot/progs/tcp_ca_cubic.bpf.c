// SPDX-License-Identifier: GPL-2.0-only OR Apache-2.0 WITH LLVM-exception
// tcp_cubic_check_kfunc_ids (net/ipv4/tcp_cubic.c): the static cubictcp_*
// functions, wrapped in a tcp_congestion_ops as the kernel's bpf_cc_cubic
// selftest does (with cong_avoid, which 6.1 also has, for cong_control).
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include "../kfunc_boot.h"

extern void cubictcp_init(struct sock *sk) __ksym;
extern u32 cubictcp_recalc_ssthresh(struct sock *sk) __ksym;
extern void cubictcp_cong_avoid(struct sock *sk, u32 ack, u32 acked) __ksym;
extern void cubictcp_state(struct sock *sk, u8 new_state) __ksym;
extern void cubictcp_cwnd_event(struct sock *sk, enum tcp_ca_event event) __ksym;
extern void cubictcp_acked(struct sock *sk, const struct ack_sample *sample) __ksym;
extern u32 tcp_reno_undo_cwnd(struct sock *sk) __ksym;

struct kt_ca_counts counts;

SEC("struct_ops")
void BPF_PROG(kt_cubic_init, struct sock *sk)
{
	__sync_fetch_and_add(&counts.init, 1);
	cubictcp_init(sk);
}

SEC("struct_ops")
void BPF_PROG(kt_cubic_cong_avoid, struct sock *sk, u32 ack, u32 acked)
{
	struct tcp_sock *tp = (struct tcp_sock *)sk;
	u32 before = tp->snd_cwnd;

	__sync_fetch_and_add(&counts.cong_avoid, 1);
	cubictcp_cong_avoid(sk, ack, acked);
	if (tp->snd_cwnd > before)
		__sync_fetch_and_add(&counts.grew, 1);
}

SEC("struct_ops")
u32 BPF_PROG(kt_cubic_ssthresh, struct sock *sk)
{
	return cubictcp_recalc_ssthresh(sk);
}

SEC("struct_ops")
void BPF_PROG(kt_cubic_state, struct sock *sk, u8 new_state)
{
	cubictcp_state(sk, new_state);
}

SEC("struct_ops")
void BPF_PROG(kt_cubic_cwnd_event, struct sock *sk, enum tcp_ca_event event)
{
	cubictcp_cwnd_event(sk, event);
}

SEC("struct_ops")
void BPF_PROG(kt_cubic_acked, struct sock *sk, const struct ack_sample *sample)
{
	cubictcp_acked(sk, sample);
}

SEC("struct_ops")
u32 BPF_PROG(kt_cubic_undo_cwnd, struct sock *sk)
{
	return tcp_reno_undo_cwnd(sk);
}

SEC(".struct_ops")
struct tcp_congestion_ops kt_cubic = {
	.init = (void *)kt_cubic_init,
	.cong_avoid = (void *)kt_cubic_cong_avoid,
	.ssthresh = (void *)kt_cubic_ssthresh,
	.set_state = (void *)kt_cubic_state,
	.cwnd_event = (void *)kt_cubic_cwnd_event,
	.pkts_acked = (void *)kt_cubic_acked,
	.undo_cwnd = (void *)kt_cubic_undo_cwnd,
	.name = "kt_cubic",
};

char _license[] SEC("license") = "GPL";
