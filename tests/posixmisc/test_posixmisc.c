/*
 * Small POSIX functions against glibc, in-process: each lstar_ call is
 * made beside the glibc call that answers the same question, on the same
 * files (a scratch directory from mkdtemp).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "posixmisc_api.h"
#include "scratch_dir.h"

static char *slurp(const char *p)
{
	static char buf[4096];
	FILE *f = fopen(p, "r");
	assert_non_null(f);
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	buf[n] = 0;
	fclose(f);
	return buf;
}

/* ---- 1. system, popen, pclose ---- */

static void test_system_status(void **state)
{
	(void)state;
	lstar_environ = environ;
	assert_int_equal(lstar_system("exit 3"), system("exit 3"));
	assert_int_equal(lstar_system("exit 3"), 3 << 8);
	assert_int_equal(lstar_system("kill -TERM $$"), system("kill -TERM $$"));
	assert_true(WIFSIGNALED(lstar_system("kill -TERM $$")));
	assert_int_equal(lstar_system("exec /nonexistent/x 2>/dev/null"), 127 << 8);
	assert_int_not_equal(lstar_system(NULL), 0);
	assert_int_not_equal(system(NULL), 0);
}

static int chld_seen;
static void on_chld(int sig) { (void)sig; chld_seen++; }

/* The command sees the caller's signal state, the caller survives the
 * SIGINT/SIGQUIT the command sends it, and SIGCHLD stays blocked until the
 * child is reaped (a handler then runs only once system has returned). */
static void test_system_signals(void **state)
{
	(void)state;
	char cmd[256];
	lstar_environ = environ;
	snprintf(cmd, sizeof cmd, "grep -E '^Sig(Blk|Ign)' /proc/self/status > %s", path("sig_lstar"));
	assert_int_equal(lstar_system(cmd), 0);
	/* the caller's own state (glibc's system leaves its internal signals
	 * 32 and 33 ignored in the command, so compare with the caller) */
	char mine[512] = "", line[256];
	FILE *st = fopen("/proc/self/status", "r");
	assert_non_null(st);
	while (fgets(line, sizeof line, st))
		if (!strncmp(line, "SigBlk:", 7) || !strncmp(line, "SigIgn:", 7))
			strcat(mine, line);
	fclose(st);
	assert_string_equal(slurp(path("sig_lstar")), mine);

	assert_int_equal(lstar_system("kill -INT $PPID; kill -QUIT $PPID; exit 0"), 0);

	struct sigaction sa = {0}, old;
	sa.sa_handler = on_chld;
	sigaction(SIGCHLD, &sa, &old);
	chld_seen = 0;
	assert_int_equal(lstar_system("exit 4"), 4 << 8);
	/* delivered on unblocking, after the child was reaped */
	assert_int_equal(chld_seen, 1);
	assert_int_equal(waitpid(-1, NULL, WNOHANG), -1);
	sigaction(SIGCHLD, &old, NULL);
	sigset_t now;
	sigprocmask(SIG_BLOCK, NULL, &now);
	assert_false(sigismember(&now, SIGCHLD));
}

static void test_popen_read_write(void **state)
{
	(void)state;
	char line[128];
	lstar_environ = environ;
	lstar_FILE *r = lstar_popen("echo one; echo two; exit 9", "r");
	assert_non_null(r);
	assert_non_null(lstar_fgets(line, sizeof line, r));
	assert_string_equal(line, "one\n");
	assert_non_null(lstar_fgets(line, sizeof line, r));
	assert_string_equal(line, "two\n");
	assert_null(lstar_fgets(line, sizeof line, r));
	int st = lstar_pclose(r);
	assert_true(WIFEXITED(st));
	assert_int_equal(WEXITSTATUS(st), 9);

	char cmd[256];
	snprintf(cmd, sizeof cmd, "cat > %s", path("popen_w"));
	lstar_FILE *w = lstar_popen(cmd, "w");
	assert_non_null(w);
	assert_true(lstar_fputs("written through popen\n", w) >= 0);
	assert_int_equal(lstar_pclose(w), 0);
	assert_string_equal(slurp(path("popen_w")), "written through popen\n");
}

static void test_popen_modes(void **state)
{
	(void)state;
	lstar_environ = environ;
	const char *bad[] = {"", "x", "rw", "wr", "r+", "rb"};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		lstar_errno = 0;
		assert_null(lstar_popen("true", bad[i]));
		assert_int_equal(lstar_errno, EINVAL);
		errno = 0;
		FILE *g = popen("true", bad[i]);
		assert_null(g);
		assert_int_equal(errno, EINVAL);
	}
	lstar_FILE *e = lstar_popen("cat >/dev/null", "we");
	assert_non_null(e);
	assert_int_equal(fcntl(lstar_fileno(e), F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
	lstar_FILE *n = lstar_popen("cat >/dev/null", "w");
	assert_non_null(n);
	assert_int_equal(fcntl(lstar_fileno(n), F_GETFD) & FD_CLOEXEC, 0);
	assert_int_equal(lstar_pclose(e), 0);
	assert_int_equal(lstar_pclose(n), 0);

	/* not from popen: -1/ECHILD, and the stream stays usable */
	lstar_FILE *f = lstar_fopen(path("plain"), "w");
	assert_non_null(f);
	lstar_errno = 0;
	assert_int_equal(lstar_pclose(f), -1);
	assert_int_equal(lstar_errno, ECHILD);
	assert_true(lstar_fputs("x", f) >= 0);
	assert_int_equal(lstar_fclose(f), 0);
}

/* A later popen's child must not hold an earlier popen's pipe (POSIX), or
 * the earlier command's reader would not see end-of-file on pclose. */
static void test_popen_closes_earlier_streams(void **state)
{
	(void)state;
	char cmd[256], line[64];
	lstar_environ = environ;
	snprintf(cmd, sizeof cmd, "cat > %s", path("first"));
	lstar_FILE *a = lstar_popen(cmd, "w");
	assert_non_null(a);
	int afd = lstar_fileno(a);
	snprintf(cmd, sizeof cmd, "test -e /proc/$$/fd/%d && echo open || echo closed", afd);
	lstar_FILE *b = lstar_popen(cmd, "r");
	assert_non_null(b);
	assert_non_null(lstar_fgets(line, sizeof line, b));
	assert_string_equal(line, "closed\n");
	lstar_fputs("abc\n", a);
	assert_int_equal(lstar_pclose(a), 0);
	assert_string_equal(slurp(path("first")), "abc\n");
	assert_int_equal(lstar_pclose(b), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_system_status),
		cmocka_unit_test(test_system_signals),
		cmocka_unit_test(test_popen_read_write),
		cmocka_unit_test(test_popen_modes),
		cmocka_unit_test(test_popen_closes_earlier_streams),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
