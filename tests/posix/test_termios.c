/* termios and the pty functions on a real pseudo-terminal, against glibc:
 * the same struct from tcgetattr, settings that take effect (flushes,
 * raw mode, stopped output), every cf* function over every speed code and
 * rate, errors, and job control in a child that owns the terminal. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#include <cmocka.h>
#include "posix_api.h"

static int master = -1, slave = -1;

static int open_pty(void **state)
{
	(void)state;
	master = lstar_posix_openpt(O_RDWR | O_NOCTTY);
	if (master < 0)
		return -1;
	if (lstar_grantpt(master) || lstar_unlockpt(master))
		return -1;
	slave = open(lstar_ptsname(master), O_RDWR | O_NOCTTY);
	return slave < 0 ? -1 : 0;
}

static int close_pty(void **state)
{
	(void)state;
	close(slave);
	close(master);
	return 0;
}

static void test_pty_names(void **state)
{
	(void)state;
	char buf[64], small[10];
	assert_string_equal(lstar_ptsname(master), ptsname(master));
	assert_int_equal(lstar_ptsname_r(master, buf, sizeof buf), 0);
	assert_string_equal(buf, ptsname(master));
	size_t need = strlen(buf) + 1;
	assert_int_equal(lstar_ptsname_r(master, buf, need), 0);
	assert_int_equal(lstar_ptsname_r(master, small, need - 1 < sizeof small ? need - 1 : sizeof small), ERANGE);
	assert_int_equal(lstar_ptsname_r(master, NULL, 10), EINVAL);

	/* Not a master: the slave, a regular device, a closed descriptor. */
	int null = open("/dev/null", O_RDWR);
	const int bad[] = { slave, null, -1 };
	for (int i = 0; i < 3; i++) {
		errno = lstar_errno = 0;
		int g = ptsname_r(bad[i], buf, sizeof buf), l = lstar_ptsname_r(bad[i], buf, sizeof buf);
		assert_int_equal(l, g);
		assert_int_equal(lstar_errno, errno);
		errno = lstar_errno = 0;
		assert_null(lstar_ptsname(bad[i]));
		assert_null(ptsname(bad[i]));
		assert_int_equal(lstar_errno, errno);
		errno = lstar_errno = 0;
		assert_int_equal(lstar_grantpt(bad[i]), grantpt(bad[i]));
		assert_int_equal(lstar_errno, errno);
		errno = lstar_errno = 0;
		assert_int_equal(lstar_unlockpt(bad[i]), unlockpt(bad[i]));
		assert_int_equal(lstar_errno, errno);
	}
	close(null);

	/* A second master gets its own, different slave. */
	int m2 = lstar_posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
	assert_true(m2 >= 0);
	assert_true(fcntl(m2, F_GETFD) & FD_CLOEXEC);
	assert_string_not_equal(lstar_ptsname(m2), buf);
	close(m2);
}

static void same_attr(int fd)
{
	struct termios a, b;
	memset(&a, 0x5a, sizeof a);
	memset(&b, 0x5a, sizeof b);
	assert_int_equal(lstar_tcgetattr(fd, &a), 0);
	assert_int_equal(tcgetattr(fd, &b), 0);
	assert_memory_equal(&a, &b, sizeof a);
}

/* Input written to the master reaches the slave through a kernel work
 * queue: wait (no timeout) until the slave can read it. */
static void arrived(int fd)
{
	struct pollfd p = { .fd = fd, .events = POLLIN };
	assert_int_equal(poll(&p, 1, -1), 1);
}

static size_t pending(int fd)
{
	int n = -1;
	assert_int_equal(ioctl(fd, FIONREAD, &n), 0);
	return (size_t)n;
}

static void test_get_set(void **state)
{
	(void)state;
	struct termios orig, raw, mine;
	same_attr(slave);
	same_attr(master);
	assert_int_equal(tcgetattr(slave, &orig), 0);

	raw = orig;
	cfmakeraw(&raw);
	memcpy(&mine, &orig, sizeof mine);
	lstar_cfmakeraw(&mine);
	assert_memory_equal(&mine, &raw, sizeof raw);

	/* TCSANOW keeps pending input; the raw settings are what glibc reads. */
	assert_int_equal(write(master, "abc\n", 4), 4);
	arrived(slave);
	assert_int_equal(pending(slave), 4);
	assert_int_equal(lstar_tcsetattr(slave, TCSANOW, &raw), 0);
	assert_int_equal(pending(slave), 4);
	struct termios now;
	assert_int_equal(tcgetattr(slave, &now), 0);
	assert_int_equal(now.c_lflag, raw.c_lflag);
	assert_int_equal(now.c_iflag, raw.c_iflag);
	assert_int_equal(now.c_cc[VMIN], 1);
	same_attr(slave);

	/* TCSAFLUSH discards it; TCSADRAIN does not. */
	assert_int_equal(lstar_tcsetattr(slave, TCSADRAIN, &orig), 0);
	assert_int_equal(pending(slave), 4);
	assert_int_equal(lstar_tcsetattr(slave, TCSAFLUSH, &raw), 0);
	assert_int_equal(pending(slave), 0);

	/* c_cc beyond the kernel's 19 and the IBAUD0 bit never reach it. */
	mine = raw;
	mine.c_cc[VEOL2] = 'x';
	mine.c_cc[25] = 'y';
	assert_int_equal(lstar_cfsetispeed(&mine, B0), 0);
	assert_int_equal(lstar_tcsetattr(slave, TCSANOW, &mine), 0);
	assert_int_equal(tcgetattr(slave, &now), 0);
	assert_int_equal(now.c_cc[VEOL2], 'x');
	assert_int_equal(now.c_cc[25], 0);
	assert_int_equal(now.c_iflag, raw.c_iflag);

	lstar_errno = 0;
	assert_int_equal(lstar_tcsetattr(slave, 3, &orig), -1);
	assert_int_equal(lstar_errno, EINVAL);
	lstar_errno = 0;
	assert_int_equal(lstar_tcsetattr(slave, -1, &orig), -1);
	assert_int_equal(lstar_errno, EINVAL);
	assert_int_equal(lstar_tcsetattr(slave, TCSANOW, &orig), 0);
	same_attr(slave);

	int null = open("/dev/null", O_RDWR);
	lstar_errno = 0;
	assert_int_equal(lstar_tcgetattr(null, &now), -1);
	assert_int_equal(lstar_errno, ENOTTY);
	lstar_errno = 0;
	assert_int_equal(lstar_tcsetattr(null, TCSANOW, &orig), -1);
	assert_int_equal(lstar_errno, ENOTTY);
	lstar_errno = 0;
	assert_int_equal(lstar_tcgetattr(-1, &now), -1);
	assert_int_equal(lstar_errno, EBADF);
	close(null);
}

static void test_flush_drain_flow_break(void **state)
{
	(void)state;
	assert_int_equal(write(master, "line\n", 5), 5);
	arrived(slave);
	assert_true(pending(slave) > 0);
	assert_int_equal(lstar_tcflush(slave, TCIFLUSH), 0);
	assert_int_equal(pending(slave), 0);
	lstar_errno = 0;
	assert_int_equal(lstar_tcflush(slave, 7), -1);
	assert_int_equal(lstar_errno, EINVAL);

	assert_int_equal(lstar_tcdrain(slave), 0);
	assert_int_equal(lstar_tcsendbreak(slave, 0), 0);
	assert_int_equal(lstar_tcsendbreak(slave, 1), 0);

	/* Stopped output: a non-blocking write cannot proceed until TCOON. */
	int fl = fcntl(slave, F_GETFL);
	fcntl(slave, F_SETFL, fl | O_NONBLOCK);
	assert_int_equal(lstar_tcflow(slave, TCOOFF), 0);
	errno = 0;
	assert_int_equal(write(slave, "z", 1), -1);
	assert_int_equal(errno, EAGAIN);
	assert_int_equal(lstar_tcflow(slave, TCOON), 0);
	assert_int_equal(write(slave, "z", 1), 1);
	fcntl(slave, F_SETFL, fl);
	/* Echoes of earlier input come first; the 'z' is the last byte. */
	char c = 0;
	while (c != 'z')
		assert_int_equal(read(master, &c, 1), 1);
	lstar_errno = 0;
	assert_int_equal(lstar_tcflow(slave, 9), -1);
	assert_int_equal(lstar_errno, EINVAL);

	int null = open("/dev/null", O_RDWR);
	lstar_errno = 0;
	assert_int_equal(lstar_tcdrain(null), -1);
	assert_int_equal(lstar_errno, ENOTTY);
	lstar_errno = 0;
	assert_int_equal(lstar_tcsendbreak(null, 0), -1);
	assert_int_equal(lstar_errno, ENOTTY);
	close(null);
}

/* Every speed code and rate, and values around them, on several starting
 * structs: same result, errno and bytes as glibc. */
static void test_speeds(void **state)
{
	(void)state;
	static const unsigned extra[] = { 50, 75, 110, 134, 150, 200, 300, 600,
		1200, 1800, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400,
		460800, 500000, 576000, 921600, 1000000, 1152000, 1500000, 2000000,
		2500000, 3000000, 3500000, 4000000, 4000001, 31, 0x20000, ~0u };
	int (*gset[])(struct termios *, speed_t) = { cfsetispeed, cfsetospeed, cfsetspeed };
	int (*lset[])(struct termios *, unsigned) = { lstar_cfsetispeed, lstar_cfsetospeed, lstar_cfsetspeed };
	struct termios start[3];
	memset(start, 0, sizeof start);
	assert_int_equal(tcgetattr(slave, &start[1]), 0);
	memset(&start[2], 0xff, sizeof start[2]);

	for (int s = 0; s < 3; s++) {
		for (unsigned v = 0; v < 0x10000 + 80; v++) {
			unsigned sp = v < 0x10000 ? v : extra[(v - 0x10000) % (sizeof extra / sizeof *extra)];
			for (int f = 0; f < 3; f++) {
				struct termios g = start[s], l = start[s];
				errno = lstar_errno = 0;
				int rg = gset[f](&g, sp), rl = lset[f](&l, sp);
				if (rg != rl || errno != lstar_errno || memcmp(&g, &l, sizeof g))
					fail_msg("cfset%d(start %d, %#x): glibc %d/%d lstar %d/%d", f, s, sp, rg, errno, rl, lstar_errno);
				if (lstar_cfgetispeed(&l) != cfgetispeed(&g) || lstar_cfgetospeed(&l) != cfgetospeed(&g))
					fail_msg("cfget after cfset%d(%#x)", f, sp);
			}
		}
	}
}

/* In a child that is a session leader with the slave as its controlling
 * terminal: tcgetpgrp/tcgetsid name it, tcsetpgrp moves the foreground. */
static void test_job_control(void **state)
{
	(void)state;
	int null = open("/dev/null", O_RDWR);
	lstar_errno = 0;
	assert_int_equal(lstar_tcgetpgrp(null), -1);
	assert_int_equal(lstar_errno, ENOTTY);
	close(null);
	lstar_errno = 0;
	assert_int_equal(lstar_tcgetsid(slave), -1);
	assert_int_equal(lstar_errno, ENOTTY);

	pid_t pid = fork();
	if (pid == 0) {
		int code = 10;
		if (setsid() < 0 || ioctl(slave, TIOCSCTTY, 0) < 0)
			_exit(code);
		code++;
		if (lstar_tcgetpgrp(slave) != getpgrp() || lstar_tcgetsid(slave) != getsid(0))
			_exit(code);
		code++;
		pid_t kid = fork();
		if (kid == 0) {
			setpgid(0, 0);
			pause();
			_exit(0);
		}
		setpgid(kid, kid);
		if (lstar_tcsetpgrp(slave, kid) || tcgetpgrp(slave) != kid)
			_exit(code);
		code++;
		signal(SIGTTOU, SIG_IGN);
		if (lstar_tcsetpgrp(slave, getpgrp()) || lstar_tcgetpgrp(slave) != getpgrp())
			_exit(code);
		code++;
		kill(kid, SIGKILL);
		waitpid(kid, NULL, 0);
		if (lstar_tcsetpgrp(slave, 999999) != -1 || lstar_errno != ESRCH)
			_exit(code);
		_exit(0);
	}
	int st;
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFEXITED(st));
	assert_int_equal(WEXITSTATUS(st), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pty_names),
		cmocka_unit_test(test_get_set),
		cmocka_unit_test(test_flush_drain_flow_break),
		cmocka_unit_test(test_speeds),
		cmocka_unit_test(test_job_control),
	};
	return cmocka_run_group_tests(tests, open_pty, close_pty);
}
