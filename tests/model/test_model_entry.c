/*
 * The model's entry and table: bounds, holes, entry-less rows, the x32
 * mask; the strace-style trace; strace-syntax fault injection.
 */
#include "model_test.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <stdio.h>
#include <time.h>

#define X32_BIT 0x40000000L

static long nr_max(void)
{
	long max = 0;
	while (lstar_model_syscall_name(max + 1))
		max++;
	return max;
}

static void test_enosys(void **state)
{
	(void)state;
	long max = nr_max();
	assert_true(max >= 450);	/* a 6.x table */
	assert_null(lstar_model_syscall_name(-1));
	expect_fail(lstar_syscall(max + 1, 0, 0, 0, 0, 0, 0), ENOSYS);
	expect_fail(lstar_syscall(100000, 0, 0, 0, 0, 0, 0), ENOSYS);
	expect_fail(lstar_syscall(-1, 0, 0, 0, 0, 0, 0), ENOSYS);
	expect_fail(lstar_syscall(-100, 0, 0, 0, 0, 0, 0), ENOSYS);
	/* A hole in the table (no row for 400) and a row with no entry point. */
	assert_string_equal(lstar_model_syscall_name(400), "ni_syscall_400");
	expect_fail(lstar_syscall(400, 0, 0, 0, 0, 0, 0), ENOSYS);
	assert_string_equal(lstar_model_syscall_name(SYS_uselib), "uselib");
	expect_fail(lstar_syscall(SYS_uselib, 0, 0, 0, 0, 0, 0), ENOSYS);
	/* A real kernel call the model does not implement. */
	expect_fail(lstar_syscall(SYS_socket, 2, 1, 0, 0, 0, 0), ENOSYS);
	/* x32 numbers (512..) are past __NR_syscall_max once masked. */
	expect_fail(lstar_syscall(X32_BIT | 512, 0, 0, 0, 0, 0, 0), ENOSYS);
	expect_fail(lstar_syscall(512, 0, 0, 0, 0, 0, 0), ENOSYS);
}

static void test_x32_mask_and_eax(void **state)
{
	(void)state;
	/* The entry masks __X32_SYSCALL_BIT, then indexes the same table. */
	assert_int_equal(lstar_syscall(X32_BIT | SYS_getpid, 0, 0, 0, 0, 0, 0), 4242);
	expect_fail(lstar_syscall(X32_BIT | 400, 0, 0, 0, 0, 0, 0), ENOSYS);
	/* The number is 32-bit eax: bits above 31 do not matter. */
	assert_int_equal(lstar_syscall((1L << 32) | SYS_getppid, 0, 0, 0, 0, 0, 0), 4241);
	const struct lstar_model_syscall *r = lstar_model_trace_get(lstar_model_trace_count() - 1);
	assert_int_equal(r->nr, SYS_getppid);
	assert_int_equal(r->raw_nr, (1L << 32) | SYS_getppid);
	assert_string_equal(r->name, "getppid");
}

static void test_trace_lines(void **state)
{
	char buf[64];
	(void)state;
	seed_file("test.txt", "Hello\nworld\n");
	int fd = lstar_open("test.txt", O_RDONLY);
	assert_string_equal(last_line(), "openat(AT_FDCWD, \"test.txt\", O_RDONLY) = 3");
	assert_int_equal(lstar_read(fd, buf, 4096 > sizeof buf ? sizeof buf : 4096), 12);
	assert_string_equal(last_line(), "read(3, \"Hello\\nworld\\n\", 64) = 12");
	assert_int_equal(lstar_read(fd, buf, 64), 0);
	assert_string_equal(last_line(), "read(3, \"\", 64) = 0");
	lstar_write(1, "Hello\n", 6);
	assert_string_equal(last_line(), "write(1, \"Hello\\n\", 6) = 6");
	lstar_close(fd);
	assert_string_equal(last_line(), "close(3) = 0");
	lstar_close(fd);
	assert_string_equal(last_line(), "close(3) = -1 EBADF (Bad file descriptor)");
	lstar_open("missing", O_RDONLY);
	assert_string_equal(last_line(),
		"openat(AT_FDCWD, \"missing\", O_RDONLY) = -1 ENOENT (No such file or directory)");
	lstar_open("new", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640);
	assert_string_equal(last_line(),
		"openat(AT_FDCWD, \"new\", O_WRONLY|O_CREAT|O_TRUNC|O_CLOEXEC, 0640) = 3");
	lstar_lseek(3, -2, SEEK_END);
	assert_string_equal(last_line(), "lseek(3, -2, SEEK_END) = -1 EINVAL (Invalid argument)");
	lstar_lseek(3, 5, SEEK_SET);
	assert_string_equal(last_line(), "lseek(3, 5, SEEK_SET) = 5");
	lstar_fcntl(3, F_GETFD);
	assert_string_equal(last_line(), "fcntl(3, F_GETFD) = 1");
	lstar_fcntl(3, F_DUPFD_CLOEXEC, 10);
	assert_string_equal(last_line(), "fcntl(3, F_DUPFD_CLOEXEC, 0xa) = 10");
	int p[2];
	lstar_pipe2(p, O_CLOEXEC);
	assert_string_equal(last_line(), "pipe2([4, 5], O_CLOEXEC) = 0");
	lstar_dup3(4, 9, 0);
	assert_string_equal(last_line(), "dup3(4, 9, 0) = 9");
	lstar_unlinkat(AT_FDCWD, "new", 0);
	assert_string_equal(last_line(), "unlinkat(AT_FDCWD, \"new\", 0) = 0");
	lstar_mkdir("d", 0755);
	assert_string_equal(last_line(), "mkdirat(AT_FDCWD, \"d\", 0755) = 0");
	lstar_getpid();
	assert_string_equal(last_line(), "getpid() = 4242");
	lstar_syscall(400, 1, 2, 3, 4, 5, 6);
	assert_string_equal(last_line(),
		"ni_syscall_400(0x1, 0x2, 0x3, 0x4, 0x5, 0x6) = -1 ENOSYS (Function not implemented)");
	lstar_syscall(1000, 0, 0, 0, 0, 0, 0);
	assert_string_equal(last_line(),
		"syscall_0x3e8(0, 0, 0, 0, 0, 0) = -1 ENOSYS (Function not implemented)");
	/* Structures are decoded as strace does, so no host address shows. */
	lstar_stat_t st;
	lstar_fstat(4, &st);
	assert_string_equal(last_line(), "fstat(4, {st_mode=S_IFIFO|0600, st_size=0, ...}) = 0");
	lstar_stat("test.txt", &st);
	assert_string_equal(last_line(),
		"newfstatat(AT_FDCWD, \"test.txt\", {st_mode=S_IFREG|0644, st_size=12, ...}, 0) = 0");
	lstar_stat("/dev/null", &st);
	assert_string_equal(last_line(),
		"newfstatat(AT_FDCWD, \"/dev/null\", {st_mode=S_IFCHR|0666, st_rdev=makedev(1, 3), ...}, 0) = 0");
	struct timespec ts = { 0, 5000 };
	lstar_nanosleep(&ts, NULL);
	assert_string_equal(last_line(), "nanosleep({tv_sec=0, tv_nsec=5000}, NULL) = 0");
	lstar_clock_gettime(CLOCK_MONOTONIC, &ts);
	char want[96];
	snprintf(want, sizeof want, "clock_gettime(CLOCK_MONOTONIC, {tv_sec=%ld, tv_nsec=%ld}) = 0",
		 (long)ts.tv_sec, ts.tv_nsec);
	assert_string_equal(last_line(), want);
	lstar_model_mark("fopen");
	assert_string_equal(last_line(), "--- fopen ---");
	assert_int_equal(lstar_model_trace_get(lstar_model_trace_count() - 1)->nr, -1);
}

static void test_trace_escaping(void **state)
{
	(void)state;
	lstar_write(1, "a\tb\"c\\d\001e\0017\x7f\xff", 13);
	assert_string_equal(last_line(),
		"write(1, \"a\\tb\\\"c\\\\d\\1e\\0017\\177\\377\", 13) = 13");
	/* strace's default -s 32: 32 characters, then "...". */
	const char *s40 = "0123456789012345678901234567890123456789";
	lstar_write(1, s40, 40);
	assert_string_equal(last_line(),
		"write(1, \"01234567890123456789012345678901\"..., 40) = 40");
	lstar_write(1, s40, 32);
	assert_string_equal(last_line(),
		"write(1, \"01234567890123456789012345678901\", 32) = 32");
	/* Paths are never truncated (strace prints file names in full). */
	lstar_open("/tmp/a-rather-long-file-name-of-more-than-32-chars", O_RDONLY);
	assert_string_equal(last_line(),
		"openat(AT_FDCWD, \"/tmp/a-rather-long-file-name-of-more-than-32-chars\", O_RDONLY)"
		" = -1 ENOENT (No such file or directory)");
	lstar_open(NULL, O_RDONLY);
	assert_string_equal(last_line(), "openat(AT_FDCWD, NULL, O_RDONLY) = -1 EFAULT (Bad address)");
}

static void test_trace_format_all(void **state)
{
	char buf[4096];
	(void)state;
	lstar_getuid();
	lstar_close(42);
	size_t n = lstar_model_trace_format(buf, sizeof buf);
	assert_string_equal(buf, "getuid() = 1000\nclose(42) = -1 EBADF (Bad file descriptor)\n");
	assert_int_equal(n, strlen(buf));
	/* Too small a buffer: truncated, terminated, full length reported. */
	assert_int_equal(lstar_model_trace_format(buf, 5), n);
	assert_string_equal(buf, "getu");
	lstar_model_trace_clear();
	assert_int_equal(lstar_model_trace_count(), 0);
}

static void test_inject_strace_syntax(void **state)
{
	char buf[16];
	(void)state;
	seed_file("f", "abcdef");
	int fd = lstar_open("f", O_RDONLY);
	assert_int_equal(lstar_model_inject("inject=read:error=EINTR:when=2"), 0);
	assert_int_equal(lstar_read(fd, buf, 1), 1);
	expect_fail(lstar_read(fd, buf, 4096 > 16 ? 16 : 16), EINTR);
	assert_string_equal(last_line(), "read(3, ..., 16) = -1 EINTR (INJECTED)");
	assert_true(lstar_model_trace_get(lstar_model_trace_count() - 1)->injected);
	/* The injected call was not executed: the offset did not move. */
	assert_int_equal(lstar_read(fd, buf, 1), 1);
	assert_int_equal(buf[0], 'b');
	assert_int_equal(lstar_model_injected(), 1);
}

static void test_inject_when_ranges(void **state)
{
	(void)state;
	/* FIRST..LAST+STEP: calls 2, 4, 6 of getpid fail.  (Through syscall():
	 * lstar's getpid() cannot fail, so it does not look at errno.) */
	assert_int_equal(lstar_model_inject("getpid:error=EPERM:when=2..7+2"), 0);
	int failed = 0;
	for (int i = 1; i <= 10; i++) {
		lstar_errno = 0;
		long r = lstar_syscall(SYS_getpid, 0, 0, 0, 0, 0, 0);
		if (r == -1) {
			assert_int_equal(lstar_errno, EPERM);
			failed |= 1 << i;
		}
	}
	assert_int_equal(failed, (1 << 2) | (1 << 4) | (1 << 6));
	lstar_model_inject_clear();
	/* FIRST+ : every call from the third on; numeric errno. */
	assert_int_equal(lstar_model_inject("getuid:error=5:when=3+"), 0);
	assert_int_equal(lstar_syscall(SYS_getuid, 0, 0, 0, 0, 0, 0), 1000);
	assert_int_equal(lstar_syscall(SYS_getuid, 0, 0, 0, 0, 0, 0), 1000);
	expect_fail(lstar_syscall(SYS_getuid, 0, 0, 0, 0, 0, 0), EIO);
	expect_fail(lstar_syscall(SYS_getuid, 0, 0, 0, 0, 0, 0), EIO);
	lstar_model_inject_clear();
	/* No when: every call.  A set of names. */
	assert_int_equal(lstar_model_inject("getgid,getegid:error=EACCES"), 0);
	expect_fail(lstar_syscall(SYS_getgid, 0, 0, 0, 0, 0, 0), EACCES);
	expect_fail(lstar_syscall(SYS_getegid, 0, 0, 0, 0, 0, 0), EACCES);
	assert_int_equal(lstar_syscall(SYS_geteuid, 0, 0, 0, 0, 0, 0), 1000);
}

static void test_inject_retval_short(void **state)
{
	(void)state;
	/* retval=N: strace's semantics, the call is skipped. */
	assert_int_equal(lstar_model_inject("write:retval=2:when=1"), 0);
	assert_int_equal(lstar_write(1, "abcdef", 6), 2);
	assert_string_equal(last_line(), "write(1, \"abcdef\", 6) = 2 (INJECTED)");
	assert_string_equal(lstar_model_output(1, NULL), "");
	/* short=N (model extension): the call runs and moves at most N bytes.
	 * Counters are per rule: this rule's first write is the next one. */
	assert_int_equal(lstar_model_inject("write:short=3:when=1"), 0);
	assert_int_equal(lstar_write(1, "abcdef", 6), 3);
	assert_string_equal(lstar_model_output(1, NULL), "abc");
	assert_string_equal(last_line(), "write(1, \"abcdef\", 6) = 3 (INJECTED)");
	assert_int_equal(lstar_write(1, "def", 3), 3);
	assert_string_equal(lstar_model_output(1, NULL), "abcdef");
	/* short applies across a vector too. */
	lstar_model_inject_clear();
	assert_int_equal(lstar_model_inject("readv:short=4"), 0);
	seed_file("v", "0123456789");
	int fd = lstar_open("v", O_RDONLY);
	char a[3], b[8];
	struct { void *base; size_t len; } iov[2] = { { a, 3 }, { b, 8 } };
	assert_int_equal(lstar_readv(fd, iov, 2), 4);
	assert_memory_equal(a, "012", 3);
	assert_int_equal(b[0], '3');
	assert_int_equal(lstar_lseek(fd, 0, SEEK_CUR), 4);
}

static void test_inject_c_api_and_fault(void **state)
{
	(void)state;
	long nr = lstar_model_syscall_nr("close");
	assert_int_equal(nr, SYS_close);
	assert_int_equal(lstar_model_syscall_nr("nosuch"), -ENOENT);
	assert_int_equal(lstar_model_inject_nr(nr, EIO, 0, 0, 2, 0, 0), 0);
	int a = lstar_open("/dev/null", O_RDONLY), b = lstar_open("/dev/null", O_RDONLY);
	assert_int_equal(lstar_close(a), 0);
	expect_fail(lstar_close(b), EIO);
	assert_int_equal(lstar_close(b), 0);	/* the injected close did not run */
	/* fault= defaults to ENOSYS, as strace's. */
	assert_int_equal(lstar_model_inject("fault=getppid"), 0);
	expect_fail(lstar_syscall(SYS_getppid, 0, 0, 0, 0, 0, 0), ENOSYS);
	assert_int_equal(lstar_model_inject_nr(-1, EIO, 0, 0, 1, 0, 0), -EINVAL);
	assert_int_equal(lstar_model_inject_nr(nr, EIO, 0, 0, 0, 0, 0), -EINVAL);
}

static void test_inject_bad_specs(void **state)
{
	(void)state;
	const char *bad[] = {
		"nosuchcall:error=EIO", "read:error=EFOO", "read", "inject=read",
		"read:when=0:error=EIO", "read:error=EIO:when=3..2", "read:error=EIO:when=2+0",
		"read:error=EIO:when=x", "read:error=0", "read:error=EIO:bogus=1",
		"read:retval=-1", ":error=EIO", "read,:error=EIO", "read:error=EIO:prob=101",
		"read:errorEIO", NULL,
	};
	for (int i = 0; bad[i]; i++) {
		if (lstar_model_inject(bad[i]) != -EINVAL)
			fail_msg("accepted bad spec '%s'", bad[i]);
	}
	assert_int_equal(lstar_model_inject(NULL), -EINVAL);
	/* Nothing half-parsed was left behind. */
	assert_int_equal(lstar_syscall(SYS_getpid, 0, 0, 0, 0, 0, 0), 4242);
	char c;
	assert_int_equal(lstar_read(0, &c, 1), 0);
}

static unsigned long pattern(unsigned long seed)
{
	unsigned long bits = 0;
	lstar_model_reset();
	lstar_model_seed(seed);
	assert_int_equal(lstar_model_inject("getpid:error=EAGAIN:prob=50"), 0);
	for (int i = 0; i < 64; i++)
		if (lstar_syscall(SYS_getpid, 0, 0, 0, 0, 0, 0) == -1)
			bits |= 1UL << i;
	return bits;
}

static void test_inject_random_is_seeded(void **state)
{
	(void)state;
	unsigned long a = pattern(7), b = pattern(7), c = pattern(8);
	assert_int_equal(a, b);
	assert_int_not_equal(a, c);
	int n = __builtin_popcountl(a);
	assert_true(n > 16 && n < 48);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup(f, model_setup)
		T(test_enosys), T(test_x32_mask_and_eax), T(test_trace_lines),
		T(test_trace_escaping), T(test_trace_format_all), T(test_inject_strace_syntax),
		T(test_inject_when_ranges), T(test_inject_retval_short),
		T(test_inject_c_api_and_fault), T(test_inject_bad_specs),
		T(test_inject_random_is_seeded),
#undef T
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
