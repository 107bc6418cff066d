// SPDX-License-Identifier: GPL-2.0-only OR Apache-2.0 WITH LLVM-exception
// bpf_tcp_ca_check_kfunc_ids: listed in net/ipv4/bpf_tcp_ca.c, defined in
// net/ipv4/tcp_cong.c. A tcp_congestion_ops whose callbacks call them.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include "../kfunc_boot.h"

extern u32 tcp_slow_start(struct tcp_sock *tp, u32 acked) __ksym;
extern void tcp_cong_avoid_ai(struct tcp_sock *tp, u32 w, u32 acked) __ksym;
extern void tcp_reno_cong_avoid(struct sock *sk, u32 ack, u32 acked) __ksym;
extern u32 tcp_reno_ssthresh(struct sock *sk) __ksym;
extern u32 tcp_reno_undo_cwnd(struct sock *sk) __ksym;

struct kt_ca_counts counts;
/* Zero: cong_avoid does slow start and additive increase itself. The
 * verifier does not know the value and checks both paths. */
int use_reno_cong_avoid;

SEC("struct_ops")
void BPF_PROG(kt_reno_init, struct sock *sk)
{
	__sync_fetch_and_add(&counts.init, 1);
}

SEC("struct_ops")
void BPF_PROG(kt_reno_cong_avoid, struct sock *sk, u32 ack, u32 acked)
{
	struct tcp_sock *tp = (struct tcp_sock *)sk;
	u32 before = tp->snd_cwnd;

	__sync_fetch_and_add(&counts.cong_avoid, 1);
	if (use_reno_cong_avoid) {
		tcp_reno_cong_avoid(sk, ack, acked);
	} else {
		if (tp->snd_cwnd < tp->snd_ssthresh)
			acked = tcp_slow_start(tp, acked);
		if (acked)
			tcp_cong_avoid_ai(tp, tp->snd_cwnd, acked);
	}
	if (tp->snd_cwnd > before)
		__sync_fetch_and_add(&counts.grew, 1);
}

SEC("struct_ops")
u32 BPF_PROG(kt_reno_ssthresh, struct sock *sk)
{
	return tcp_reno_ssthresh(sk);
}

SEC("struct_ops")
u32 BPF_PROG(kt_reno_undo_cwnd, struct sock *sk)
{
	return tcp_reno_undo_cwnd(sk);
}

SEC(".struct_ops")
struct tcp_congestion_ops kt_reno = {
	.init = (void *)kt_reno_init,
	.cong_avoid = (void *)kt_reno_cong_avoid,
	.ssthresh = (void *)kt_reno_ssthresh,
	.undo_cwnd = (void *)kt_reno_undo_cwnd,
	.name = "kt_reno",
};

char _license[] SEC("license") = "GPL";
