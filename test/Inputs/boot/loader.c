// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/* Loads each BPF object named on the command line into the running kernel,
 * so that the verifier judges its kfunc calls, runs what can run, and prints
 * one line per object for utils/boot-test.sh:
 *
 *   KFUNC-TEST <name> loaded: <last line of the verifier log>
 *   KFUNC-TEST <name> rejected: <last line of the verifier log, or libbpf's>
 *   KFUNC-RUN <name> pass|fail: <what was checked>
 *
 * <name> is the object's file name without ".bpf.o". How an object is run
 * and what it must return is in the tests[] table below; an object the table
 * does not know is a failure. Built static against libbpf, for the guest.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <linux/types.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "kfunc_boot.h"

enum kind {
	RUN_SYSCALL, /* bpf_prog_test_run the one program, check its return */
	LOAD_ONLY,   /* the verifier's verdict is the whole test */
	TCP_CA,      /* attach the struct_ops, send data with it, check counts */
};

struct test {
	const char *name;
	enum kind kind;
	int (*arg)(void);         /* RUN_SYSCALL: the program's input */
	int (*expect)(int arg);   /* RUN_SYSCALL: what it must return */
	const char *ca;           /* TCP_CA: the tcp_congestion_ops' name */
};

static int arg_pid(void) { return getpid(); }
static int arg_zero(void) { return 0; }
static int arg_ten(void) { return 10; }
static int arg_41(void) { return 41; }
static int same(int arg) { return arg; }
static int plus_one(int arg) { return arg + 1; }
static int one_cpu_set(int arg) { (void)arg; return 10 * 1 + 1; }
static int sum_below(int arg) { return arg * (arg - 1) / 2; }

static const struct test tests[] = {
	{"task_from_pid", RUN_SYSCALL, arg_pid, same, NULL},
	{"rcu_read_lock", RUN_SYSCALL, arg_pid, same, NULL},
	{"obj_new", RUN_SYSCALL, arg_41, plus_one, NULL},
	{"cpumask", RUN_SYSCALL, arg_zero, one_cpu_set, NULL},
	{"iter_num", RUN_SYSCALL, arg_ten, sum_below, NULL},
	{"crash_kexec", LOAD_ONLY, NULL, NULL, NULL},
	{"tcp_ca_reno", TCP_CA, NULL, NULL, "kt_reno"},
	{"tcp_ca_cubic", TCP_CA, NULL, NULL, "kt_cubic"},
};

/* What libbpf printed while loading the current object: its warnings and
 * its copies of the verifier log (a debug message after a successful load),
 * and the first line of its first warning. */
static char messages[1 << 20];
static size_t messages_len;
static char first_warning[512];

static int collect(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	static char message[1 << 20];
	size_t len;

	vsnprintf(message, sizeof(message), fmt, ap);
	if (level == LIBBPF_WARN && !first_warning[0])
		snprintf(first_warning, sizeof(first_warning), "%.*s",
			 (int)strcspn(message, "\n"), message);
	if (level != LIBBPF_WARN && !strstr(message, "PROG LOAD LOG"))
		return 0;
	len = strlen(message);
	if (len > sizeof(messages) - 1 - messages_len)
		len = sizeof(messages) - 1 - messages_len;
	memcpy(messages + messages_len, message, len);
	messages_len += len;
	messages[messages_len] = '\0';
	return 0;
}

static int is_stats_line(const char *line, size_t len)
{
	static const char *const stats[] = {"processed ", "verification time ",
					     "stack depth "};
	size_t i;

	for (i = 0; i < sizeof(stats) / sizeof(stats[0]); i++)
		if (len >= strlen(stats[i]) &&
		    !strncmp(line, stats[i], strlen(stats[i])))
			return 1;
	return 0;
}

/* The last line of the last verifier log libbpf printed; with stats = 0,
 * the last one that is not a statistics line (a rejection's reason). If
 * there is no log (libbpf stopped before the kernel was asked), libbpf's
 * first warning. */
static void last_line(int stats, char *out, size_t size)
{
	static const char begin[] = "-- BEGIN PROG LOAD LOG --\n";
	char *log = NULL, *p, *end, *line;
	size_t len;

	for (p = messages; (p = strstr(p, begin)); p += sizeof(begin) - 1)
		log = p + sizeof(begin) - 1;
	end = log ? strstr(log, "-- END PROG LOAD LOG --") : NULL;
	snprintf(out, size, "%s",
		 first_warning[0] ? first_warning : "(no message)");
	if (!end)
		return;
	snprintf(out, size, "verifier: (empty log)");
	for (line = log; line < end; line += len + 1) {
		len = strcspn(line, "\n");
		if (line + len > end)
			len = (size_t)(end - line);
		if (len == 0 || (!stats && is_stats_line(line, len)))
			continue;
		snprintf(out, size, "verifier: %.*s", (int)len, line);
	}
}

static const struct test *find_test(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(tests) / sizeof(tests[0]); i++)
		if (!strcmp(tests[i].name, name))
			return &tests[i];
	return NULL;
}

static void report_run(const char *name, int ok, const char *fmt, ...)
{
	va_list ap;

	printf("KFUNC-RUN %s %s: ", name, ok ? "pass" : "fail");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
}

static struct bpf_program *only_program(struct bpf_object *obj)
{
	struct bpf_program *prog, *found = NULL;
	int count = 0;

	bpf_object__for_each_program(prog, obj) {
		found = prog;
		count++;
	}
	return count == 1 ? found : NULL;
}

static void run_syscall(const struct test *t, struct bpf_object *obj)
{
	struct bpf_program *prog = only_program(obj);
	struct kt_args args = {.arg = t->arg()};
	LIBBPF_OPTS(bpf_test_run_opts, opts, .ctx_in = &args,
		    .ctx_size_in = sizeof(args));
	int expect = t->expect(args.arg), err;

	if (!prog) {
		report_run(t->name, 0, "the object must hold exactly one program");
		return;
	}
	err = bpf_prog_test_run_opts(bpf_program__fd(prog), &opts);
	if (err) {
		report_run(t->name, 0, "bpf_prog_test_run: %s", strerror(errno));
		return;
	}
	report_run(t->name, (int)opts.retval == expect,
		   "arg %d returned %d, expected %d", args.arg, (int)opts.retval,
		   expect);
}

/* Sends 8 MiB from a client to a server over 127.0.0.1, both sockets using
 * congestion control ca. Returns 0, or -1 with errno set. */
static int send_over_loopback(const char *ca)
{
	struct sockaddr_in addr = {.sin_family = AF_INET};
	socklen_t addr_len = sizeof(addr);
	struct timeval limit = {.tv_sec = 30};
	static char buf[1 << 16];
	int server, client, conn, status;
	size_t sent = 0;
	ssize_t n;
	pid_t pid;

	addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	server = socket(AF_INET, SOCK_STREAM, 0);
	client = socket(AF_INET, SOCK_STREAM, 0);
	if (server < 0 || client < 0 ||
	    setsockopt(server, IPPROTO_TCP, TCP_CONGESTION, ca, strlen(ca)) ||
	    setsockopt(client, IPPROTO_TCP, TCP_CONGESTION, ca, strlen(ca)) ||
	    bind(server, (struct sockaddr *)&addr, sizeof(addr)) ||
	    listen(server, 1) ||
	    getsockname(server, (struct sockaddr *)&addr, &addr_len) ||
	    connect(client, (struct sockaddr *)&addr, sizeof(addr)))
		return -1;
	conn = accept(server, NULL, NULL);
	if (conn < 0)
		return -1;
	/* Neither side may block forever: a congestion control that stops the
	 * flow fails the test instead of hanging the guest. */
	if (setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &limit, sizeof(limit)) ||
	    setsockopt(conn, SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof(limit)))
		return -1;
	pid = fork();
	if (pid == 0) {
		/* The reader holds only its end: the writer's close is its EOF. */
		close(client);
		close(server);
		while (read(conn, buf, sizeof(buf)) > 0)
			;
		_exit(0);
	}
	close(conn);
	while (pid > 0 && sent < (8u << 20)) {
		n = write(client, buf, sizeof(buf));
		if (n <= 0)
			break;
		sent += (size_t)n;
	}
	close(client);
	close(server);
	if (pid < 0 || waitpid(pid, &status, 0) < 0)
		return -1;
	return sent < (8u << 20) ? -1 : 0;
}

static int read_counts(struct bpf_object *obj, struct kt_ca_counts *counts)
{
	struct bpf_map *map;
	static char value[4096];
	__u32 zero = 0;

	bpf_object__for_each_map(map, obj) {
		const char *name = bpf_map__name(map);
		size_t len = strlen(name);

		if (len < 4 || strcmp(name + len - 4, ".bss") ||
		    bpf_map__value_size(map) > sizeof(value))
			continue;
		if (bpf_map_lookup_elem(bpf_map__fd(map), &zero, value))
			return -1;
		memcpy(counts, value, sizeof(*counts));
		return 0;
	}
	errno = ENOENT;
	return -1;
}

static void run_tcp_ca(const struct test *t, struct bpf_object *obj)
{
	struct kt_ca_counts counts;
	struct bpf_map *map;
	struct bpf_link *link = NULL;

	bpf_object__for_each_map(map, obj)
		if (bpf_map__type(map) == BPF_MAP_TYPE_STRUCT_OPS)
			link = bpf_map__attach_struct_ops(map);
	if (!link) {
		report_run(t->name, 0, "attaching the struct_ops: %s",
			   strerror(errno));
		return;
	}
	if (send_over_loopback(t->ca)) {
		report_run(t->name, 0, "8 MiB over loopback with %s: %s", t->ca,
			   strerror(errno));
	} else if (read_counts(obj, &counts)) {
		report_run(t->name, 0, "reading the counts: %s", strerror(errno));
	} else {
		report_run(t->name, counts.init > 0 && counts.grew > 0,
			   "8 MiB over loopback with %s: init %u, cong_avoid %u, "
			   "cwnd grew %u",
			   t->ca, counts.init, counts.cong_avoid, counts.grew);
	}
	bpf_link__destroy(link);
}

/* The test name of path: its file name without ".bpf.o". */
static void test_name(const char *path, char *out, size_t size)
{
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	size_t len = strcspn(base, ".");

	snprintf(out, size, "%.*s", (int)len, base);
}

/* Loads the object at path and runs it as its test says. */
static void test_object(const char *path)
{
	char name[256], line[512];
	const struct test *t;
	struct bpf_program *prog;
	struct bpf_object *obj;
	int err;

	test_name(path, name, sizeof(name));
	messages_len = 0;
	messages[0] = first_warning[0] = '\0';
	t = find_test(name);
	if (!t) {
		printf("KFUNC-TEST %s rejected: loader: no test of that name\n",
		       name);
		return;
	}
	obj = bpf_object__open_file(path, NULL);
	if (!obj) {
		last_line(0, line, sizeof(line));
		printf("KFUNC-TEST %s rejected: %s\n", name, line);
		return;
	}
	/* Level 4 (BPF_LOG_STATS): the verifier's messages and its statistics
	 * without the instruction trace. */
	bpf_object__for_each_program(prog, obj)
		bpf_program__set_log_level(prog, 4);
	err = bpf_object__load(obj);
	last_line(!err, line, sizeof(line));
	printf("KFUNC-TEST %s %s: %s\n", name, err ? "rejected" : "loaded", line);
	fflush(stdout);
	if (!err && t->kind == RUN_SYSCALL)
		run_syscall(t, obj);
	else if (!err && t->kind == TCP_CA)
		run_tcp_ca(t, obj);
	fflush(stdout);
	bpf_object__close(obj);
}

int main(int argc, char **argv)
{
	int i;

	libbpf_set_print(collect);
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (i = 1; i < argc; i++)
		test_object(argv[i]);
	return 0;
}
