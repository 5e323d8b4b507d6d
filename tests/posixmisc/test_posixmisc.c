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
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
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

/* ---- 5. timers, memory advice and locks, confstr, getpass, rawmemchr ---- */

static void test_itimer(void **state)
{
	(void)state;
	struct itimerval v = {{0, 0}, {1000, 0}}, old, cur, g;
	assert_int_equal(lstar_setitimer(ITIMER_VIRTUAL, &v, &old), 0);
	assert_int_equal(old.it_value.tv_sec, 0);
	assert_int_equal(lstar_getitimer(ITIMER_VIRTUAL, &cur), 0);
	assert_int_equal(getitimer(ITIMER_VIRTUAL, &g), 0);
	assert_true(cur.it_value.tv_sec > 990 && cur.it_value.tv_sec <= 1000);
	assert_true(g.it_value.tv_sec <= cur.it_value.tv_sec);
	struct itimerval zero = {{0, 0}, {0, 0}};
	assert_int_equal(lstar_setitimer(ITIMER_VIRTUAL, &zero, &old), 0);
	assert_true(old.it_value.tv_sec > 990);
	assert_int_equal(lstar_getitimer(ITIMER_VIRTUAL, &cur), 0);
	assert_false(timerisset(&cur.it_value));
	lstar_errno = 0;
	assert_int_equal(lstar_getitimer(99, &cur), -1);
	assert_int_equal(lstar_errno, EINVAL);
	v.it_value.tv_usec = 1000000;	/* out of range */
	lstar_errno = 0;
	assert_int_equal(lstar_setitimer(ITIMER_REAL, &v, NULL), -1);
	assert_int_equal(lstar_errno, EINVAL);
}

static void test_memory_calls(void **state)
{
	(void)state;
	long pg = sysconf(_SC_PAGESIZE);
	char *p = mmap(NULL, 2 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	assert_true(p != MAP_FAILED);
	p[0] = 'x';
	/* lock results depend on RLIMIT_MEMLOCK and privilege: same as glibc */
	int gl = mlock(p, pg), ge = errno;
	munlock(p, pg);
	lstar_errno = 0;
	int ll = lstar_mlock(p, pg);
	assert_int_equal(ll, gl);
	if (ll)
		assert_int_equal(lstar_errno, ge);
	assert_int_equal(lstar_munlock(p, pg), 0);
	lstar_errno = 0;
	assert_int_equal(lstar_mlockall(0), -1);
	assert_int_equal(lstar_errno, EINVAL);
	assert_int_equal(lstar_munlockall(), 0);

	assert_int_equal(lstar_msync(p, pg, MS_SYNC), 0);
	lstar_errno = 0;
	assert_int_equal(lstar_msync(p, pg, MS_SYNC | MS_ASYNC), -1);
	assert_int_equal(lstar_errno, EINVAL);
	assert_int_equal(lstar_madvise(p, pg, MADV_WILLNEED), 0);
	lstar_errno = 0;
	assert_int_equal(lstar_madvise(p + 1, pg, MADV_WILLNEED), -1);
	assert_int_equal(lstar_errno, EINVAL);

	/* POSIX_MADV_DONTNEED is advice only: the data stays (glibc too) */
	assert_int_equal(lstar_posix_madvise(p, pg, POSIX_MADV_DONTNEED), 0);
	assert_int_equal(p[0], 'x');
	assert_int_equal(lstar_posix_madvise(p, pg, POSIX_MADV_SEQUENTIAL), 0);
	assert_int_equal(lstar_posix_madvise(p + 1, pg, POSIX_MADV_NORMAL), EINVAL);
	assert_int_equal(posix_madvise(p + 1, pg, POSIX_MADV_NORMAL), EINVAL);

	unsigned char vec[2] = {0xff, 0xff}, gvec[2];
	assert_int_equal(lstar_mincore(p, 2 * pg, vec), 0);
	assert_int_equal(mincore(p, 2 * pg, gvec), 0);
	assert_int_equal(vec[0] & 1, 1);
	assert_memory_equal(vec, gvec, 2);
	munmap(p, 2 * pg);
	lstar_errno = 0;
	assert_int_equal(lstar_mincore(p, pg, vec), -1);
	assert_int_equal(lstar_errno, ENOMEM);
}

static void test_confstr(void **state)
{
	(void)state;
	char a[64], b[64];
	size_t n = confstr(_CS_PATH, b, sizeof b);
	assert_int_equal(lstar_confstr(_CS_PATH, a, sizeof a), n);
	assert_string_equal(a, b);
	assert_int_equal(lstar_confstr(_CS_PATH, NULL, 0), n);
	memset(a, '#', sizeof a);
	assert_int_equal(lstar_confstr(_CS_PATH, a, 5), n);
	confstr(_CS_PATH, b, 5);
	assert_string_equal(a, b);
	assert_int_equal(a[6], '#');
	lstar_errno = 0;
	assert_int_equal(lstar_confstr(-1, a, sizeof a), 0);
	assert_int_equal(lstar_errno, EINVAL);
}

static void test_rawmemchr(void **state)
{
	(void)state;
	char buf[100];
	for (int i = 0; i < 100; i++)
		buf[i] = (char)('a' + i % 20);
	buf[99] = 0;
	for (int start = 0; start < 40; start++)
		for (int c = 'a'; c < 'a' + 20; c++) {
			char *want = memchr(buf + start, c, sizeof buf - start);
			assert_ptr_equal(lstar_rawmemchr(buf + start, c), want);
		}
	assert_ptr_equal(lstar_rawmemchr(buf, 0), buf + 99);
	assert_ptr_equal(lstar_rawmemchr(buf, 'a' + 256), buf);	/* c as unsigned char */
}

/* getpass on a pseudo-terminal that the child makes its controlling tty:
 * the prompt comes out, the typed password is not echoed, the newline is. */
static void test_getpass_pty(void **state)
{
	(void)state;
	int m = posix_openpt(O_RDWR | O_NOCTTY);
	if (m < 0 || grantpt(m) || unlockpt(m)) {
		print_message("skipped: no pseudo-terminals here (%s)\n", strerror(errno));
		return;
	}
	char name[128];
	assert_int_equal(ptsname_r(m, name, sizeof name), 0);
	int res[2];
	assert_int_equal(pipe(res), 0);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		setsid();
		int s = open(name, O_RDWR);
		if (s < 0 || ioctl(s, TIOCSCTTY, 0) < 0)
			_exit(2);
		char *pw = lstar_getpass("Password: ");
		write(res[1], pw ? pw : "(null)", pw ? strlen(pw) : 6);
		_exit(0);
	}
	close(res[1]);
	char out[256];
	size_t got = 0;
	while (got < 10) {	/* "Password: " */
		ssize_t r = read(m, out + got, sizeof out - 1 - got);
		assert_true(r > 0);
		got += (size_t)r;
	}
	out[got] = 0;
	assert_string_equal(out, "Password: ");
	assert_int_equal(write(m, "s3cret\n", 7), 7);
	char pw[64];
	ssize_t n = read(res[0], pw, sizeof pw - 1);
	assert_true(n >= 0);
	pw[n] = 0;
	assert_string_equal(pw, "s3cret");
	int st;
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_int_equal(st, 0);
	/* the rest of the terminal's output: only the newline (as CR LF) */
	ssize_t r = read(m, out, sizeof out - 1);
	out[r > 0 ? r : 0] = 0;
	assert_string_equal(out, "\r\n");
	close(m);
	close(res[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_system_status),
		cmocka_unit_test(test_system_signals),
		cmocka_unit_test(test_popen_read_write),
		cmocka_unit_test(test_popen_modes),
		cmocka_unit_test(test_popen_closes_earlier_streams),
		cmocka_unit_test(test_itimer),
		cmocka_unit_test(test_memory_calls),
		cmocka_unit_test(test_confstr),
		cmocka_unit_test(test_rawmemchr),
		cmocka_unit_test(test_getpass_pty),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
