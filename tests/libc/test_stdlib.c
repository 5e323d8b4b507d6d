/* stdlib.h and ctype.h against the host glibc: strtol family, qsort and
 * bsearch, integer helpers, rand/random sequences, the environment,
 * mkstemp/mkdtemp/mktemp, realpath, and ctype for every value -1..255. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <signal.h>
#include <cmocka.h>
#include "libc_api.h"

static uint64_t rng = 0x243f6a8885a308d3ULL;

static uint64_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static void test_ctype(void **state)
{
	(void)state;
	for (int c = -1; c <= 255; c++) {
		/* glibc's C locale: compare truth values */
		assert_int_equal(!!lstar_isalnum(c), !!isalnum(c));
		assert_int_equal(!!lstar_isalpha(c), !!isalpha(c));
		assert_int_equal(!!lstar_isblank(c), !!isblank(c));
		assert_int_equal(!!lstar_iscntrl(c), !!iscntrl(c));
		assert_int_equal(!!lstar_isdigit(c), !!isdigit(c));
		assert_int_equal(!!lstar_isgraph(c), !!isgraph(c));
		assert_int_equal(!!lstar_islower(c), !!islower(c));
		assert_int_equal(!!lstar_isprint(c), !!isprint(c));
		assert_int_equal(!!lstar_ispunct(c), !!ispunct(c));
		assert_int_equal(!!lstar_isspace(c), !!isspace(c));
		assert_int_equal(!!lstar_isupper(c), !!isupper(c));
		assert_int_equal(!!lstar_isxdigit(c), !!isxdigit(c));
		assert_int_equal(lstar_tolower(c), tolower(c));
		assert_int_equal(lstar_toupper(c), toupper(c));
		assert_int_equal(!!lstar_isascii(c), !!isascii(c));
		assert_int_equal(lstar_toascii(c), toascii(c));
	}
}

/* Every strtol-family function against glibc: value, errno, end. */
static void check_int(const char *s, int base)
{
	char *e1, *e2;
#define CMP(fn, type)                                                           \
	do {                                                                    \
		errno = 0;                                                      \
		lstar_errno = 0;                                                \
		type a = lstar_##fn(s, &e1, base), b = fn(s, &e2, base);        \
		if (a != b || lstar_errno != errno || e1 != e2)                 \
			fail_msg(#fn "(\"%s\", %d): lstar %lld/%d/%td glibc %lld/%d/%td", s, base, \
				 (long long)a, lstar_errno, e1 - s, (long long)b, errno, e2 - s); \
	} while (0)
	CMP(strtol, long);
	CMP(strtoul, unsigned long);
	CMP(strtoll, long long);
	CMP(strtoull, unsigned long long);
	CMP(strtoimax, intmax_t);
	CMP(strtoumax, uintmax_t);
#undef CMP
}

static void test_strtol(void **state)
{
	(void)state;
	const char *fixed[] = {
		"", " ", "-", "+", "0", "-0", "00", "0x", "0X", "0x1g", "0xg", "  0x1A", "-0x10",
		"077", "08", "0b101", "z", "Z", "zz", "123abc", "  +42", "\t\n-17 ",
		"9223372036854775807", "9223372036854775808", "-9223372036854775808",
		"-9223372036854775809", "18446744073709551615", "18446744073709551616",
		"-18446744073709551615", "-18446744073709551616", "99999999999999999999999999",
		"-1", "0x7fffffffffffffff", "0xffffffffffffffff", "0x10000000000000000",
		"1z", "2147483647", "2147483648", "-2147483649", "4294967296",
	};
	int bases[] = { 0, 2, 8, 10, 16, 36, 3, 35 };
	for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++)
		for (size_t b = 0; b < sizeof bases / sizeof *bases; b++)
			check_int(fixed[i], bases[b]);
	char buf[64];
	for (int i = 0; i < 20000; i++) {
		int base = rnd() % 37;
		if (base == 1)
			base = 0;
		char *p = buf;
		if (rnd() % 3 == 0)
			*p++ = " \t+-"[rnd() % 4];
		if (rnd() % 4 == 0)
			*p++ = '0';
		if (rnd() % 5 == 0)
			*p++ = 'x';
		int n = rnd() % 30;
		for (int k = 0; k < n; k++)
			*p++ = "0123456789abcdefghijklmnopqrstuvwxyzXYZ_ "[rnd() % 41];
		*p = 0;
		check_int(buf, base);
	}
	/* invalid bases: EINVAL, nothing consumed */
	int bad[] = { -1, 1, 37, 100, INT_MIN };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		char *end = NULL;
		const char *s = "123";
		lstar_errno = 0;
		assert_int_equal(lstar_strtol(s, &end, bad[i]), 0);
		assert_int_equal(lstar_errno, EINVAL);
		assert_ptr_equal(end, s);
		lstar_errno = 0;
		assert_int_equal(lstar_strtoull(s, &end, bad[i]), 0);
		assert_int_equal(lstar_errno, EINVAL);
	}
	assert_int_equal(lstar_atoi("  -123xyz"), -123);
	assert_int_equal(lstar_atol("9223372036854775807"), LONG_MAX);
	assert_int_equal(lstar_atoll("-77"), -77);
	assert_true(lstar_atof("2.5e3") == 2500.0);
}

static void test_int_helpers(void **state)
{
	(void)state;
	for (int i = 0; i < 2000; i++) {
		long long a = (long long)rnd(), b = (long long)rnd() >> (rnd() % 63);
		if (!b || (a == LLONG_MIN && b == -1))
			continue;
		lldiv_t x = lstar_lldiv(a, b), y = lldiv(a, b);
		assert_int_equal(x.quot, y.quot);
		assert_int_equal(x.rem, y.rem);
		imaxdiv_t xi = lstar_imaxdiv(a, b);
		assert_int_equal(xi.quot, y.quot);
		assert_int_equal(xi.rem, y.rem);
		ldiv_t xl = lstar_ldiv(a, b);
		assert_int_equal(xl.quot, y.quot);
		int ia = (int)a, ib = (int)b ? (int)b : 3;
		if (!(ia == INT_MIN && ib == -1)) {
			div_t d1 = lstar_div(ia, ib), d2 = div(ia, ib);
			assert_int_equal(d1.quot, d2.quot);
			assert_int_equal(d1.rem, d2.rem);
		}
		if (a != LLONG_MIN) {
			assert_int_equal(lstar_llabs(a), llabs(a));
			assert_int_equal(lstar_labs(a), labs(a));
			assert_int_equal(lstar_imaxabs(a), imaxabs(a));
		}
		if (ia != INT_MIN)
			assert_int_equal(lstar_abs(ia), abs(ia));
	}
}

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

struct rec { uint32_t key; char pad[9]; };	/* 13 bytes: odd size */

static int cmp_rec_r(const void *a, const void *b, void *arg)
{
	(*(int *)arg)++;
	struct rec x, y;
	memcpy(&x, a, sizeof x);
	memcpy(&y, b, sizeof y);
	return (x.key > y.key) - (x.key < y.key);
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return (x > y) - (x < y);
}

static long compares;
static int cmp_count(const void *a, const void *b)
{
	compares++;
	return cmp_int(a, b);
}

static void test_qsort_bsearch(void **state)
{
	(void)state;
	enum { N = 20000 };
	static int a[N], b[N];
	for (int n = 0; n < 300; n++) {
		for (int i = 0; i < n; i++)
			a[i] = b[i] = (int)(rnd() % (n / 3 + 1));
		lstar_qsort(a, n, sizeof *a, cmp_int);
		qsort(b, n, sizeof *b, cmp_int);
		assert_memory_equal(a, b, n * sizeof *a);
	}
	/* patterns that are quadratic for naive quicksort stay near n log n */
	const char *names[] = { "sorted", "reversed", "equal", "organ pipe", "random" };
	for (int pat = 0; pat < 5; pat++) {
		for (int i = 0; i < N; i++)
			a[i] = pat == 0 ? i : pat == 1 ? N - i : pat == 2 ? 7 : pat == 3 ? (i < N / 2 ? i : N - i) : (int)rnd();
		memcpy(b, a, sizeof a);
		compares = 0;
		lstar_qsort(a, N, sizeof *a, cmp_count);
		qsort(b, N, sizeof *b, cmp_int);
		assert_memory_equal(a, b, sizeof a);
		/* 2 n log2 n is far below n^2/4 = 10^8 */
		if (compares > 3L * N * 15)
			fail_msg("qsort on %s input: %ld comparisons", names[pat], compares);
	}
	/* qsort_r with an odd element size and a context argument */
	static struct rec r[1000];
	uint32_t keys[1000];
	for (int i = 0; i < 1000; i++) {
		r[i].key = keys[i] = (uint32_t)rnd();
		memset(r[i].pad, i, sizeof r[i].pad);
	}
	int calls = 0;
	lstar_qsort_r(r, 1000, sizeof *r, cmp_rec_r, &calls);
	assert_true(calls > 0);
	qsort(keys, 1000, sizeof *keys, cmp_u32);
	for (int i = 0; i < 1000; i++) {
		assert_int_equal(r[i].key, keys[i]);
		for (int k = 0; k < 9; k++)
			assert_int_equal(r[i].pad[k], r[i].pad[0]);	/* records moved whole */
	}
	/* bsearch: every present key is found, absent keys are not */
	for (int i = 0; i < 1000; i++)
		a[i] = 2 * i;
	for (int k = -2; k < 2002; k++) {
		int *hit = lstar_bsearch(&k, a, 1000, sizeof *a, cmp_int);
		if (k % 2 == 0 && k >= 0 && k < 2000)
			assert_ptr_equal(hit, &a[k / 2]);
		else
			assert_null(hit);
	}
	int k = 5;
	assert_null(lstar_bsearch(&k, a, 0, sizeof *a, cmp_int));
}

static void test_random_sequences(void **state)
{
	(void)state;
	/* unseeded state equals glibc's (srandom(1)) */
	for (int i = 0; i < 100; i++)
		assert_int_equal(lstar_rand(), rand());
	unsigned seeds[] = { 0, 1, 2, 42, 12345, 0x7fffffff, 0x80000000u, 0xffffffffu };
	for (size_t s = 0; s < sizeof seeds / sizeof *seeds; s++) {
		lstar_srand(seeds[s]);
		srand(seeds[s]);
		for (int i = 0; i < 1000; i++)
			assert_int_equal(lstar_rand(), rand());
		lstar_srandom(seeds[s]);
		srandom(seeds[s]);
		for (int i = 0; i < 1000; i++)
			assert_int_equal(lstar_random(), random());
		unsigned x = seeds[s], y = seeds[s];
		for (int i = 0; i < 100; i++)
			assert_int_equal(lstar_rand_r(&x), rand_r(&y));
	}
	/* every state size, and switching with setstate */
	size_t sizes[] = { 8, 31, 32, 63, 64, 127, 128, 255, 256, 1000 };
	for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
		static char s1[1024], s2[1024], t1[128], t2[128];
		char *o1 = lstar_initstate(77 + i, s1, sizes[i]);
		char *o2 = initstate(77 + i, s2, sizes[i]);
		assert_non_null(o1);
		assert_non_null(o2);
		for (int k = 0; k < 500; k++)
			assert_int_equal(lstar_random(), random());
		lstar_initstate(5, t1, sizeof t1);
		initstate(5, t2, sizeof t2);
		for (int k = 0; k < 10; k++)
			assert_int_equal(lstar_random(), random());
		assert_ptr_equal(lstar_setstate(s1), t1);
		assert_ptr_equal(setstate(s2), t2);
		for (int k = 0; k < 500; k++)
			assert_int_equal(lstar_random(), random());
	}
	lstar_errno = 0;
	assert_null(lstar_initstate(1, (char[8]){0}, 7));
	assert_int_equal(lstar_errno, EINVAL);
}

static char *lgetenv(const char *n) { return lstar_getenv(n); }

static void test_environment(void **state)
{
	(void)state;
	static char *initial[] = { "HOME=/root", "A=1", "PATH=/bin", NULL };
	lstar___environ = initial;
	assert_string_equal(lgetenv("A"), "1");
	assert_null(lgetenv("B"));
	assert_int_equal(lstar_setenv("B", "two", 0), 0);
	assert_string_equal(lgetenv("B"), "two");
	assert_int_equal(lstar_setenv("B", "three", 0), 0);
	assert_string_equal(lgetenv("B"), "two");
	assert_int_equal(lstar_setenv("B", "three", 1), 0);
	assert_string_equal(lgetenv("B"), "three");
	assert_string_equal(lgetenv("HOME"), "/root");
	assert_string_equal(initial[1], "A=1");		/* caller's array untouched */
	for (int i = 0; i < 200; i++) {
		char name[16], val[16];
		snprintf(name, sizeof name, "V%d", i);
		snprintf(val, sizeof val, "%d", i * 3);
		assert_int_equal(lstar_setenv(name, val, 1), 0);
	}
	for (int i = 0; i < 200; i += 7) {
		char name[16];
		snprintf(name, sizeof name, "V%d", i);
		assert_int_equal(atoi(lgetenv(name)), i * 3);
	}
	lstar_errno = 0;
	assert_int_equal(lstar_setenv("", "x", 1), -1);
	assert_int_equal(lstar_errno, EINVAL);
	lstar_errno = 0;
	assert_int_equal(lstar_setenv("A=B", "x", 1), -1);
	assert_int_equal(lstar_errno, EINVAL);
	lstar_errno = 0;
	assert_int_equal(lstar_setenv(NULL, "x", 1), -1);
	assert_int_equal(lstar_errno, EINVAL);
	lstar_errno = 0;
	assert_int_equal(lstar_setenv("V", NULL, 1), -1);	/* defined, not a crash */
	assert_int_equal(lstar_errno, EINVAL);
	assert_int_equal(lstar_unsetenv("A=B"), -1);
	assert_int_equal(lstar_unsetenv("B"), 0);
	assert_null(lgetenv("B"));
	assert_int_equal(lstar_unsetenv("NOPE"), 0);
	static char put[] = "PUT=first";
	assert_int_equal(lstar_putenv(put), 0);
	assert_string_equal(lgetenv("PUT"), "first");
	put[4] = 'F';			/* the string itself is in the environment */
	assert_string_equal(lgetenv("PUT"), "First");
	assert_int_equal(lstar_putenv("PUT"), 0);	/* no '=': removes, like glibc */
	assert_null(lgetenv("PUT"));
	/* duplicates are all removed by unsetenv */
	static char *dups[] = { "D=1", "X=0", "D=2", NULL };
	lstar___environ = dups;
	assert_int_equal(lstar_unsetenv("D"), 0);
	assert_null(lgetenv("D"));
	assert_string_equal(lgetenv("X"), "0");
	assert_int_equal(lstar_clearenv(), 0);
	assert_null(lgetenv("X"));
	assert_int_equal(lstar_setenv("AFTER", "clear", 1), 0);
	assert_string_equal(lgetenv("AFTER"), "clear");
	assert_null(lstar___environ[1]);
	/* secure_getenv: this test is not set-uid */
	assert_string_equal(lstar_secure_getenv("AFTER"), "clear");
}

static void test_mktemp_family(void **state)
{
	(void)state;
	char dir[] = "/tmp/lstar-test-XXXXXX";
	assert_ptr_equal(lstar_mkdtemp(dir), dir);
	struct stat st;
	assert_int_equal(stat(dir, &st), 0);
	assert_true(S_ISDIR(st.st_mode));
	assert_int_equal(st.st_mode & 0777, 0700);
	assert_null(strstr(dir, "XXXXXX"));

	char names[20][64];
	for (int i = 0; i < 20; i++) {
		snprintf(names[i], sizeof names[i], "%s/f-XXXXXX", dir);
		int fd = i % 2 ? lstar_mkstemp(names[i]) : lstar_mkostemp(names[i], O_CLOEXEC);
		assert_true(fd >= 0);
		assert_int_equal(fstat(fd, &st), 0);
		assert_true(S_ISREG(st.st_mode));
		assert_int_equal(st.st_mode & 0777, 0600);
		if (i % 2 == 0)
			assert_true(fcntl(fd, F_GETFD) & FD_CLOEXEC);
		assert_int_equal(write(fd, "x", 1), 1);
		close(fd);
		for (int k = 0; k < i; k++)
			assert_string_not_equal(names[i], names[k]);
	}
	char suf[80];
	snprintf(suf, sizeof suf, "%s/s-XXXXXX.txt", dir);
	int fd = lstar_mkstemps(suf, 4);
	assert_true(fd >= 0);
	close(fd);
	assert_string_equal(suf + strlen(suf) - 4, ".txt");
	unlink(suf);

	char t[80];
	snprintf(t, sizeof t, "%s/m-XXXXXX", dir);
	assert_ptr_equal(lstar_mktemp(t), t);
	assert_int_equal(access(t, F_OK), -1);	/* a name only: nothing created */

	/* malformed templates: EINVAL, template unchanged */
	const char *badt[] = { "nox", "/tmp/XXXXX", "/tmp/XXXXXXy", "" };
	for (size_t i = 0; i < sizeof badt / sizeof *badt; i++) {
		char b[32];
		strcpy(b, badt[i]);
		lstar_errno = 0;
		assert_int_equal(lstar_mkstemp(b), -1);
		assert_int_equal(lstar_errno, EINVAL);
		assert_string_equal(b, badt[i]);
		assert_null(lstar_mkdtemp(b));
	}
	for (int i = 0; i < 20; i++)
		unlink(names[i]);
	assert_int_equal(rmdir(dir), 0);
}

static void check_realpath(const char *path)
{
	char a[PATH_MAX], b[PATH_MAX];
	errno = 0;
	lstar_errno = 0;
	char *x = lstar_realpath(path, a), *y = realpath(path, b);
	if (!x != !y || (x && strcmp(a, b)) || (!x && lstar_errno != errno))
		fail_msg("realpath(\"%s\"): lstar %s (%d) glibc %s (%d)", path, x ? a : "NULL",
			 lstar_errno, y ? b : "NULL", errno);
	char *m = lstar_realpath(path, NULL);
	if (y) {
		assert_non_null(m);
		assert_string_equal(m, b);
		lstar_free(m);
	}
}

static void test_realpath(void **state)
{
	(void)state;
	char dir[] = "/tmp/lstar-rp-XXXXXX", p[PATH_MAX], q[PATH_MAX];
	assert_non_null(mkdtemp(dir));
	snprintf(p, sizeof p, "%s/d1/d2", dir);
	snprintf(q, sizeof q, "%s/d1", dir);
	assert_int_equal(mkdir(q, 0700), 0);
	assert_int_equal(mkdir(p, 0700), 0);
	snprintf(p, sizeof p, "%s/d1/file", dir);
	close(open(p, O_CREAT | O_WRONLY, 0600));
	snprintf(p, sizeof p, "%s/abs", dir);
	assert_int_equal(symlink(q, p), 0);			/* absolute link */
	snprintf(p, sizeof p, "%s/rel", dir);
	assert_int_equal(symlink("d1/d2/..", p), 0);		/* relative, with .. */
	snprintf(p, sizeof p, "%s/chain", dir);
	assert_int_equal(symlink("rel/../abs/d2", p), 0);	/* link through links */
	snprintf(p, sizeof p, "%s/loop", dir);
	assert_int_equal(symlink("loop", p), 0);
	snprintf(p, sizeof p, "%s/dangling", dir);
	assert_int_equal(symlink("nowhere", p), 0);

	const char *rel[] = { "", "/d1", "/d1/", "/d1/./d2/..", "/abs", "/abs/d2", "/rel", "/rel/file",
		"/chain", "/chain/..", "/loop", "/dangling", "/d1/file", "/d1/file/", "/d1/file/x",
		"/d1/nope", "/d1/nope/x", "//d1//d2///", "/../../../..", "/abs/../d1" };
	for (size_t i = 0; i < sizeof rel / sizeof *rel; i++) {
		snprintf(p, sizeof p, "%s%s", dir, rel[i]);
		check_realpath(p);
	}
	check_realpath("/");
	check_realpath("/tmp/../tmp/.");
	check_realpath(".");
	check_realpath("..");
	char cwd[PATH_MAX];
	assert_non_null(getcwd(cwd, sizeof cwd));
	assert_int_equal(chdir(dir), 0);
	check_realpath("rel");
	check_realpath("chain/../d1/d2");
	check_realpath("abs/../../");
	assert_int_equal(chdir(cwd), 0);
	lstar_errno = 0;
	assert_null(lstar_realpath("", q));
	assert_int_equal(lstar_errno, ENOENT);
	lstar_errno = 0;
	assert_null(lstar_realpath(NULL, q));
	assert_int_equal(lstar_errno, EINVAL);

	const char *rm[] = { "/abs", "/rel", "/chain", "/loop", "/dangling", "/d1/file", "/d1/d2", "/d1", "" };
	for (size_t i = 0; i < sizeof rm / sizeof *rm; i++) {
		snprintf(p, sizeof p, "%s%s", dir, rm[i]);
		if (remove(p))
			fail_msg("cleanup %s", p);
	}
}

static void on_quick(void) { _exit(33); }
static int abort_pipe = -1;
static void on_abrt(int sig) { (void)sig; write(abort_pipe, "h", 1); }

static void test_abort_quick_exit(void **state)
{
	(void)state;
	pid_t pid = fork();
	if (!pid) {
		signal(SIGABRT, SIG_IGN);	/* abort must still end the process */
		lstar_abort();
	}
	int st;
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFSIGNALED(st));
	assert_int_equal(WTERMSIG(st), SIGABRT);

	pid = fork();
	if (!pid) {
		sigset_t set;
		sigemptyset(&set);
		sigaddset(&set, SIGABRT);
		sigprocmask(SIG_BLOCK, &set, NULL);	/* blocked: abort unblocks it */
		lstar_abort();
	}
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFSIGNALED(st));
	assert_int_equal(WTERMSIG(st), SIGABRT);

	/* A handler that returns: it runs once, then abort ends the process
	 * with the default action anyway. */
	int fds[2];
	assert_int_equal(pipe(fds), 0);
	pid = fork();
	if (!pid) {
		abort_pipe = fds[1];
		signal(SIGABRT, on_abrt);
		lstar_abort();
	}
	close(fds[1]);
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFSIGNALED(st));
	assert_int_equal(WTERMSIG(st), SIGABRT);
	char got[4];
	assert_int_equal(read(fds[0], got, sizeof got), 1);
	close(fds[0]);

	pid = fork();
	if (!pid) {
		lstar_at_quick_exit(on_quick);
		lstar_quick_exit(5);
	}
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFEXITED(st));
	assert_int_equal(WEXITSTATUS(st), 33);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ctype),
		cmocka_unit_test(test_strtol),
		cmocka_unit_test(test_int_helpers),
		cmocka_unit_test(test_qsort_bsearch),
		cmocka_unit_test(test_random_sequences),
		cmocka_unit_test(test_environment),
		cmocka_unit_test(test_mktemp_family),
		cmocka_unit_test(test_realpath),
		cmocka_unit_test(test_abort_quick_exit),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
