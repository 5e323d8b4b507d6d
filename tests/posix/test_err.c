/* err.h against glibc: each function's bytes on stderr (fd 2 redirected to
 * a file) and, for err*, the exit status of a child that calls it; errno
 * is left as the caller had it; a message longer than lstar's one-write
 * buffer comes out whole. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>
#include "posix_api.h"

static char got[2][4096];

/* Runs fn(side) with fd 2 sent to a file, in a child when it exits; keeps
 * what it wrote in got[side] and returns its exit status (or -1). */
static int capture(int side, void (*fn)(int side), int forks)
{
	char path[] = "/tmp/lstar-err-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	unlink(path);
	int saved = dup(2), status = -1;
	dup2(fd, 2);
	if (forks) {
		pid_t pid = fork();
		if (pid == 0) {
			fn(side);
			_exit(99);
		}
		waitpid(pid, &status, 0);
		status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
	} else {
		fn(side);
	}
	dup2(saved, 2);
	close(saved);
	ssize_t n = pread(fd, got[side], sizeof got[side] - 1, 0);
	got[side][n > 0 ? n : 0] = '\0';
	close(fd);
	return status;
}

static void lv(int with_errno, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	(with_errno ? lstar_vwarn : lstar_vwarnx)(fmt, ap);
	va_end(ap);
}

static void gv(int with_errno, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	(with_errno ? vwarn : vwarnx)(fmt, ap);
	va_end(ap);
}

static char longmsg[1500];

static void warnings(int side)
{
	static const int errs[] = { ENOENT, EACCES, 0, 9999, EINTR };
	for (size_t i = 0; i < sizeof errs / sizeof *errs; i++) {
		errno = lstar_errno = errs[i];
		if (side) {
			lstar_warn("w %d %s", (int)i, "x");
			lstar_warn(NULL);
			lstar_warnx("x %c|", 'q');
			lstar_warnx(NULL);
			lv(1, "v%s", "warn");
			lv(0, "v%s", "warnx");
			lstar_warn("%s", longmsg);
			lstar_warnx("%s.", longmsg);
			lstar_warn("%s", "");
		} else {
			warn("w %d %s", (int)i, "x");
			warn(NULL);
			warnx("x %c|", 'q');
			warnx(NULL);
			gv(1, "v%s", "warn");
			gv(0, "v%s", "warnx");
			warn("%s", longmsg);
			warnx("%s.", longmsg);
			warn("%s", "");
		}
	}
}

static void setup_names(void)
{
	program_invocation_short_name = "prog-name";
	lstar_program_invocation_short_name = "prog-name";
	memset(longmsg, 'L', sizeof longmsg - 1);
}

static void test_warn_bytes(void **state)
{
	(void)state;
	setup_names();
	capture(0, warnings, 0);
	capture(1, warnings, 0);
	assert_true(strlen(got[0]) > 3000);
	assert_string_equal(got[1], got[0]);
}

static void test_warn_keeps_errno(void **state)
{
	(void)state;
	setup_names();
	lstar_errno = EPIPE;
	int saved = dup(2), null = open("/dev/null", O_WRONLY);
	dup2(null, 2);
	lstar_warn("x");
	int after_warn = lstar_errno;
	lstar_warnx("%s", longmsg);
	dup2(saved, 2);
	close(saved);
	close(null);
	assert_int_equal(after_warn, EPIPE);
	assert_int_equal(lstar_errno, EPIPE);
}

static int which;

static void lverr(int st, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	if (which == 2)
		lstar_verr(st, fmt, ap);
	lstar_verrx(st, fmt, ap);
}

static void gverr(int st, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	if (which == 2)
		verr(st, fmt, ap);
	verrx(st, fmt, ap);
}

static void dies(int side)
{
	errno = lstar_errno = ENOTDIR;
	switch (which) {
	case 0:
		side ? lstar_err(3, "e%d", 1) : err(3, "e%d", 1);
		break;
	case 1:
		side ? lstar_errx(4, "e%d", 2) : errx(4, "e%d", 2);
		break;
	case 2:
		side ? lverr(5, "e%s", "3") : gverr(5, "e%s", "3");
		break;
	default:
		side ? lverr(0, NULL) : gverr(0, NULL);
	}
}

static void test_err_exits(void **state)
{
	(void)state;
	setup_names();
	for (which = 0; which < 4; which++) {
		int g = capture(0, dies, 1), l = capture(1, dies, 1);
		assert_int_equal(l, g);
		assert_int_equal(g, which < 3 ? which + 3 : 0);
		assert_string_equal(got[1], got[0]);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_warn_bytes),
		cmocka_unit_test(test_warn_keeps_errno),
		cmocka_unit_test(test_err_exits),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
