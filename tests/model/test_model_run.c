/*
 * lstar_model_run: start-up as crt does it, exit_group back to the runner,
 * signals, deadlock; exit() flushing stdio through the normal hook; and
 * proof that a hosted process holds two libcs that never mix.
 */
#include "model_test.h"
#include "harness.h"
#include "../stdio/stdio_api.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/auxv.h>
#include <sys/syscall.h>

static int ret42(int argc, char **argv, char **envp)
{
	(void)argc, (void)argv, (void)envp;
	return 42;
}

static void deep(int n)
{
	if (n < 0)
		return;
	if (n == 0)
		lstar_exit(3);
	deep(n - 1);
}

static int exits_deep(int argc, char **argv, char **envp)
{
	(void)argc, (void)argv, (void)envp;
	deep(20);
	return 0;
}

static int returns_256(int argc, char **argv, char **envp)
{
	(void)argc, (void)argv, (void)envp;
	return 256 + 7;
}

static void test_exit_status(void **state)
{
	(void)state;
	assert_int_equal(lstar_model_run(ret42, 0, NULL), 42);
	assert_string_equal(last_line(), "+++ exited with 42 +++");
	const struct lstar_model_syscall *r = lstar_model_trace_get(lstar_model_trace_count() - 2);
	assert_string_equal(r->line, "exit_group(42) = ?");
	assert_false(r->returned);
	assert_int_equal(lstar_model_run(exits_deep, 0, NULL), 3);
	assert_int_equal(lstar_model_run(returns_256, 0, NULL), 7);
	assert_int_equal(lstar_model_term_signal(), 0);
	/* Runs leave the model usable: the runner is back in control. */
	assert_int_equal(lstar_getpid(), 4242);
	assert_int_equal(lstar_model_run(NULL, 0, NULL), -EINVAL);
}

static int check_args(int argc, char **argv, char **envp)
{
	if (argc != 3 || strcmp(argv[1], "one") || strcmp(argv[2], "two") || argv[3])
		return 10;
	if (!envp[0] || strcmp(envp[0], "HOME=/home/user") || envp[2])
		return 11;
	if (!lstar_getenv("LANG") || strcmp(lstar_getenv("LANG"), "C"))
		return 12;
	if (lstar_getauxval(AT_PAGESZ) != 4096 || lstar_getauxval(AT_UID) != 1000)
		return 13;
	const unsigned char *rnd = (const unsigned char *)lstar_getauxval(AT_RANDOM);
	if (!rnd || memcmp(rnd, "lstar-model-rand", 16))
		return 14;
	if (strcmp((const char *)lstar_getauxval(AT_EXECFN), "prog"))
		return 15;
	return 0;
}

static void test_startup_vectors(void **state)
{
	char *argv[] = { "prog", "one", "two", NULL };
	char *envp[] = { "HOME=/home/user", "LANG=C", NULL };
	(void)state;
	assert_int_equal(lstar_model_set_env(envp), 0);
	assert_int_equal(lstar_model_run(check_args, 3, argv), 0);
	/* Start-up itself made no system call: only the exit is traced. */
	assert_int_equal(lstar_model_trace_count(), 2);
}

static int kills_itself(int argc, char **argv, char **envp)
{
	(void)argc, (void)argv, (void)envp;
	lstar_kill(lstar_getpid(), SIGTERM);
	return 0;	/* not reached */
}

static int breaks_pipe(int argc, char **argv, char **envp)
{
	int p[2];
	(void)argc, (void)argv, (void)envp;
	lstar_pipe(p);
	lstar_close(p[0]);
	lstar_write(p[1], "x", 1);
	return 0;
}

static int aborts(int argc, char **argv, char **envp)
{
	(void)argc, (void)argv, (void)envp;
	lstar_abort();
}

static int ignores_sigchld(int argc, char **argv, char **envp)
{
	(void)argc, (void)argv, (void)envp;
	lstar_kill(0, SIGCHLD);
	return 5;
}

static void test_signals(void **state)
{
	(void)state;
	assert_int_equal(lstar_model_run(kills_itself, 0, NULL), 128 + SIGTERM);
	assert_int_equal(lstar_model_term_signal(), SIGTERM);
	assert_string_equal(last_line(), "+++ killed by SIGTERM +++");
	assert_int_equal(lstar_model_run(breaks_pipe, 0, NULL), 128 + SIGPIPE);
	const struct lstar_model_syscall *w = lstar_model_trace_get(lstar_model_trace_count() - 2);
	assert_string_equal(w->line, "write(4, \"x\", 1) = -1 EPIPE (Broken pipe)");
	assert_int_equal(lstar_model_run(aborts, 0, NULL), 128 + SIGABRT);
	assert_string_equal(last_line(), "+++ killed by SIGABRT +++");
	assert_int_equal(lstar_model_run(ignores_sigchld, 0, NULL), 5);
}

/* The kernel's struct sigaction (rt_sigaction), set through syscall():
 * lstar has no sigaction wrapper yet. */
struct ksigaction {
	void (*handler)(int);
	unsigned long flags, restorer, mask;
};

static int handled;

static void on_usr1(int sig)
{
	handled = sig;
	lstar_write(1, "handler\n", 8);
}

static int handles_signals(int argc, char **argv, char **envp)
{
	struct ksigaction act = { on_usr1, 0, 0, 0 }, ign = { (void (*)(int))1, 0, 0, 0 };
	unsigned long set = 1UL << (SIGTERM - 1);
	(void)argc, (void)argv, (void)envp;
	if (lstar_syscall(SYS_rt_sigaction, SIGUSR1, &act, NULL, 8, 0, 0))
		return 10;
	lstar_kill(lstar_getpid(), SIGUSR1);	/* delivered on the way back */
	if (handled != SIGUSR1)
		return 11;
	lstar_syscall(SYS_rt_sigaction, SIGHUP, &ign, NULL, 8, 0, 0);
	lstar_kill(lstar_getpid(), SIGHUP);	/* ignored */
	if (lstar_syscall(SYS_rt_sigaction, SIGKILL, &ign, NULL, 8, 0, 0) != -1 || lstar_errno != EINVAL)
		return 12;
	lstar_syscall(SYS_rt_sigprocmask, 0 /* SIG_BLOCK */, &set, NULL, 8, 0, 0);
	lstar_kill(lstar_getpid(), SIGTERM);	/* blocked: stays pending */
	lstar_write(1, "still here\n", 11);
	lstar_syscall(SYS_rt_sigprocmask, 1 /* SIG_UNBLOCK */, &set, NULL, 8, 0, 0);
	lstar_write(1, "not reached\n", 12);
	return 0;
}

static void test_signal_handlers_and_mask(void **state)
{
	(void)state;
	assert_int_equal(lstar_model_run(handles_signals, 0, NULL), 128 + SIGTERM);
	assert_string_equal(lstar_model_output(1, NULL), "handler\nstill here\n");
	assert_string_equal(last_line(), "+++ killed by SIGTERM +++");
}

static int reads_own_pipe(int argc, char **argv, char **envp)
{
	int p[2];
	char c;
	(void)argc, (void)argv, (void)envp;
	lstar_pipe(p);
	lstar_read(p[0], &c, 1);	/* nobody else can ever write */
	return 0;
}

static void test_deadlock_ends_run(void **state)
{
	(void)state;
	assert_int_equal(lstar_model_run(reads_own_pipe, 0, NULL), -EDEADLK);
	assert_string_equal(last_line(), "--- deadlock: blocked forever ---");
}

static void on_exit_write(void)
{
	lstar_write(2, "bye\n", 4);
}

static int registers_atexit(int argc, char **argv, char **envp)
{
	(void)argc, (void)argv, (void)envp;
	lstar_atexit(on_exit_write);
	return 0;
}

static void test_atexit_runs_before_exit_group(void **state)
{
	char buf[1024];
	(void)state;
	assert_int_equal(lstar_model_run(registers_atexit, 0, NULL), 0);
	lstar_model_trace_format(buf, sizeof buf);
	assert_string_equal(buf,
		"write(2, \"bye\\n\", 4) = 4\nexit_group(0) = ?\n+++ exited with 0 +++\n");
	assert_string_equal(lstar_model_output(2, NULL), "bye\n");
}

static int buffered_hello(int argc, char **argv, char **envp)
{
	(void)argc, (void)argv, (void)envp;
	lstar_fputs("hello, ", lstar_stdout);
	lstar_model_mark("before exit");
	lstar_fputs("world\n", lstar_stderr);
	lstar_exit(0);
}

/* exit() flushes stdout (the model's __lstar_libc_fini), so the final write is
 * in the trace, after the program's last call and before exit_group. */
static void test_exit_flushes_stdio(void **state)
{
	static struct run_result r;
	(void)state;
	assert_int_equal(run_isolated(NULL, NULL, buffered_hello, NULL, &r), 0);
	assert_int_equal(r.status, 0);
	assert_string_equal(r.out, "hello, ");
	assert_string_equal(r.err, "world\n");
	const char *mark = strstr(r.trace, "--- before exit ---\n");
	assert_non_null(mark);
	const char *w = strstr(mark, "write(1, \"hello, \", 7) = 7\n");
	assert_non_null(w);
	assert_non_null(strstr(w, "exit_group(0) = ?\n"));
}

static int glibc_and_lstar(int argc, char **argv, char **envp)
{
	(void)argc, (void)argv, (void)envp;
	/* glibc sees the host's files; lstar sees the model's. */
	FILE *host = fopen("/nonexistent-model-only.txt", "r");
	note("host-fopen:%s errno:%d\n", host ? "ok" : "fail", errno);
	lstar_FILE *f = lstar_fopen("/nonexistent-model-only.txt", "r");
	note("lstar-fopen:%s\n", f ? "ok" : "fail");
	char line[64] = "";
	lstar_fgets(line, sizeof line, f);
	note("line:%s", line);
	/* glibc's stdio writes to a glibc memory stream, unseen by the model. */
	char *mem = NULL;
	size_t memlen = 0;
	FILE *ms = open_memstream(&mem, &memlen);
	fprintf(ms, "glibc %d", 1);
	fclose(ms);
	note("glibc-mem:%s\n", mem);
	free(mem);
	lstar_puts("from lstar");
	lstar_fclose(f);
	return 0;
}

static void seed_model_only(void *arg)
{
	(void)arg;
	seed_file("/nonexistent-model-only.txt", "model data\n");
}

static void test_two_libcs_never_mix(void **state)
{
	static struct run_result r;
	(void)state;
	assert_ptr_not_equal(&lstar_errno, &errno);
	assert_int_equal(run_isolated(seed_model_only, NULL, glibc_and_lstar, NULL, &r), 0);
	assert_int_equal(r.status, 0);
	assert_string_equal(r.notes, "host-fopen:fail errno:2\nlstar-fopen:ok\n"
			     "line:model data\nglibc-mem:glibc 1\n");
	/* lstar_fopen, lstar_fgets, lstar_puts and lstar_fclose reached the
	 * model; glibc's fopen and memory stream did not. */
	assert_non_null(strstr(r.trace,
		"openat(AT_FDCWD, \"/nonexistent-model-only.txt\", O_RDONLY) = 3\n"));
	assert_non_null(strstr(r.trace, "read(3, \"model data\\n\", "));
	assert_non_null(strstr(r.trace, "close(3) = 0\n"));
	assert_non_null(strstr(r.trace, "write(1, \"from lstar\\n\", 11) = 11\n"));
	assert_null(strstr(r.trace, "glibc"));
	assert_string_equal(r.out, "from lstar\n");
}

static void test_exit_outside_run_is_not_silent(void **state)
{
	(void)state;
	/* exit_group with no program running has nothing to return to: the
	 * model traps rather than pretend.  Checked in a child. */
	pid_t pid = fork();
	if (pid == 0) {
		signal(SIGILL, SIG_DFL);	/* cmocka catches it otherwise */
		signal(SIGTRAP, SIG_DFL);
		lstar_model_reset();
		lstar__exit(0);
	}
	int st;
	waitpid(pid, &st, 0);
	assert_true(WIFSIGNALED(st));
}

/* docs/model.md's example, verbatim apart from the write's position:
 * stdout writes its first output at once (its tty decision comes after
 * the first write, docs/stdio.md), so the write precedes the close. */
static int doc_prog(int argc, char **argv, char **envp)
{
	(void)argc, (void)argv, (void)envp;
	lstar_FILE *f = lstar_fopen("test.txt", "r");
	char line[64];
	lstar_fgets(line, sizeof line, f);
	lstar_fputs(line, lstar_stdout);
	return lstar_fclose(f);
}

static void test_doc_example(void **state)
{
	char trace[1024];
	(void)state;
	lstar_model_reset();
	lstar_model_write_file("test.txt", "hi\nthere\n", 9, 0644);
	assert_int_equal(lstar_model_inject("read:error=EINTR:when=1"), 0);
	assert_int_equal(lstar_model_run(doc_prog, 0, NULL), 0);
	assert_string_equal(lstar_model_output(1, NULL), "hi\n");
	lstar_model_trace_format(trace, sizeof trace);
	assert_string_equal(trace,
		"openat(AT_FDCWD, \"test.txt\", O_RDONLY) = 3\n"
		"read(3, ..., 65536) = -1 EINTR (INJECTED)\n"
		"read(3, \"hi\\nthere\\n\", 65536) = 9\n"
		"write(1, \"hi\\n\", 3) = 3\n"
		"lseek(3, -6, SEEK_CUR) = 3\n"	/* fclose gives back unread input */
		"close(3) = 0\n"
		"exit_group(0) = ?\n"
		"+++ exited with 0 +++\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup(f, model_setup)
		T(test_exit_status), T(test_startup_vectors), T(test_signals),
		T(test_signal_handlers_and_mask), T(test_deadlock_ends_run), T(test_atexit_runs_before_exit_group),
		T(test_exit_flushes_stdio), T(test_two_libcs_never_mix),
		T(test_exit_outside_run_is_not_silent), T(test_doc_example),
#undef T
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
