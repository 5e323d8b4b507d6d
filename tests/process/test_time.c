/*
 * lstar's time functions against glibc's, in one process with TZ=UTC:
 * gmtime/localtime/mktime/timegm/strftime/asctime over many timestamps
 * and out-of-range fields, plus the clocks and their error cases.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/auxv.h>

#include "process_api.h"

static uint64_t rng = 0x9e3779b97f4a7c15ULL;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static long long in_range(long long lo, long long hi)
{
	return lo + (long long)(next() % (uint64_t)(hi - lo + 1));
}

static int setup(void **state)
{
	(void)state;
	setenv("TZ", "UTC", 1);
	tzset();
	return 0;
}

static void assert_tm_equal(const struct tm *a, const struct tm *b, long long t)
{
	if (a->tm_sec != b->tm_sec || a->tm_min != b->tm_min || a->tm_hour != b->tm_hour ||
	    a->tm_mday != b->tm_mday || a->tm_mon != b->tm_mon || a->tm_year != b->tm_year ||
	    a->tm_wday != b->tm_wday || a->tm_yday != b->tm_yday || a->tm_isdst != b->tm_isdst ||
	    a->tm_gmtoff != b->tm_gmtoff)
		fail_msg("tm differs at t=%lld: lstar %d-%d-%d %d:%d:%d w%d y%d, glibc %d-%d-%d %d:%d:%d w%d y%d",
			 t, a->tm_year, a->tm_mon, a->tm_mday, a->tm_hour, a->tm_min, a->tm_sec, a->tm_wday, a->tm_yday,
			 b->tm_year, b->tm_mon, b->tm_mday, b->tm_hour, b->tm_min, b->tm_sec, b->tm_wday, b->tm_yday);
}

static long long sample(int i)
{
	static const long long fixed[] = {
		0, -1, 1, 59, 60, 86399, 86400, -86400, -86401, 951782400, 951868799,
		946684799, 946684800, 4102444800LL, -2208988800LL, -62135596800LL,
		253402300799LL, 253402300800LL, 1700000000, 2147483647, -2147483648LL,
		67767976233532799LL, -67768040609740800LL,
	};
	int n = sizeof fixed / sizeof fixed[0];
	if (i < n)
		return fixed[i];
	switch (i % 4) {
	case 3: return in_range(-62167219200LL - 86400LL * 366 * 300, -62135596800LL + 86400LL * 366 * 1200); /* years -300..1200 */
	case 0: return in_range(-62135596800LL, 253402300799LL);	/* years 1..9999 */
	case 1: return in_range(-2208988800LL, 4102444800LL);		/* 1900..2100 */
	default: return in_range(-(1LL << 50), 1LL << 50);
	}
}

static void test_gmtime_localtime(void **state)
{
	(void)state;
	for (int i = 0; i < 20000; i++) {
		time_t t = (time_t)sample(i);
		struct tm a, b, *ra, *rb;
		memset(&a, 0x55, sizeof a);
		memset(&b, 0x55, sizeof b);
		ra = lstar_gmtime_r(&t, &a);
		rb = gmtime_r(&t, &b);
		assert_true((ra == NULL) == (rb == NULL));
		if (!ra)
			continue;
		assert_tm_equal(&a, &b, t);
		assert_string_equal(a.tm_zone, b.tm_zone);
		ra = lstar_localtime_r(&t, &a);
		rb = localtime_r(&t, &b);
		assert_non_null(ra);
		assert_tm_equal(&a, &b, t);
		assert_string_equal(a.tm_zone, b.tm_zone);
	}
	/* Beyond what tm_year holds: NULL and EOVERFLOW. */
	time_t huge = LLONG_MAX;
	struct tm a;
	lstar_errno = 0;
	assert_null(lstar_gmtime_r(&huge, &a));
	assert_int_equal(lstar_errno, EOVERFLOW);
	assert_null(gmtime(&huge));
}

static void test_mktime_timegm(void **state)
{
	(void)state;
	for (int i = 0; i < 20000; i++) {
		struct tm in = { 0 };
		in.tm_year = (int)in_range(-1000, 9000);
		in.tm_mon = (int)in_range(-40, 40);
		in.tm_mday = (int)in_range(-400, 400);
		in.tm_hour = (int)in_range(-100, 100);
		in.tm_min = (int)in_range(-3000, 3000);
		in.tm_sec = (int)in_range(-100000, 100000);
		in.tm_isdst = i % 2 ? -1 : 0;
		struct tm a = in, b = in;
		time_t ta = lstar_mktime(&a), tb = mktime(&b);
		if (ta != tb)
			fail_msg("mktime(%d-%d-%d %d:%d:%d): lstar %ld glibc %ld", in.tm_year, in.tm_mon,
				 in.tm_mday, in.tm_hour, in.tm_min, in.tm_sec, (long)ta, (long)tb);
		assert_tm_equal(&a, &b, ta);
		a = in;
		b = in;
		ta = lstar_timegm(&a);
		tb = timegm(&b);
		assert_int_equal(ta, tb);
		assert_tm_equal(&a, &b, ta);
	}
}

static const char *const formats[] = {
	"%a", "%A", "%b", "%B", "%c", "%C", "%d", "%D", "%e", "%F", "%g", "%G", "%h",
	"%H", "%I", "%j", "%k", "%l", "%m", "%M", "%n", "%p", "%P", "%r", "%R", "%s",
	"%S", "%t", "%T", "%u", "%U", "%V", "%w", "%W", "%x", "%X", "%y", "%Y", "%z",
	"%Z", "%%", "%Ec", "%EY", "%Od", "%Oy", "%_d", "%-d", "%0e", "%-e", "%^a",
	"%^B", "%#A", "%#b", "%#p", "%#Z", "%10Y", "%_5H", "%-j", "%3d", "%_3S",
	"%-m/%-d/%Y", "[%a %b %e %H:%M:%S %Y]", "%Q", "%5", "%", "plain text",
	"%10A|%-10a|%010B", "%^10p", "%^c", "%-5d", "%-6Y", "%-4k", "%_-3d", "%-_3d", "%+6Y", "%+3C", "%010z", "%_7z", "%-z", "%-I:%M %p",
};

static void test_strftime_vs_glibc(void **state)
{
	(void)state;
	for (int i = 0; i < 3000; i++) {
		time_t t = (time_t)(i % 2 ? sample(i) : in_range(-62135596800LL, 253402300799LL));
		struct tm tm;
		/* glibc computes the ISO year in int: near INT_MAX its %G/%g
		 * wrap, a case not worth copying. */
		if (!gmtime_r(&t, &tm) || tm.tm_year >= INT_MAX - 1901)
			continue;
		for (size_t f = 0; f < sizeof formats / sizeof formats[0]; f++) {
			char a[256], b[256];
			memset(a, 'A', sizeof a);
			memset(b, 'B', sizeof b);
			size_t na = lstar_strftime(a, sizeof a, formats[f], &tm);
			size_t nb = strftime(b, sizeof b, formats[f], &tm);
			if (na != nb || memcmp(a, b, na + 1))
				fail_msg("strftime(\"%s\") at t=%lld: lstar [%.*s] (%zu) glibc [%.*s] (%zu)",
					 formats[f], (long long)t, (int)na, a, na, (int)nb, b, nb);
		}
	}
}

static void test_strftime_limits(void **state)
{
	(void)state;
	time_t t = 951782400;	/* Tue Feb 29 00:00:00 2000 */
	struct tm tm;
	char buf[32];
	gmtime_r(&t, &tm);
	/* Exactly fits with the NUL, then one byte short: 0. */
	assert_int_equal(lstar_strftime(buf, 11, "%Y-%m-%d", &tm), 10);
	assert_string_equal(buf, "2000-02-29");
	assert_int_equal(lstar_strftime(buf, 10, "%Y-%m-%d", &tm), 0);
	assert_int_equal(lstar_strftime(buf, 0, "%Y", &tm), 0);
	assert_int_equal(lstar_strftime(buf, sizeof buf, "", &tm), 0);
}

static void test_asctime_ctime(void **state)
{
	(void)state;
	for (int i = 0; i < 5000; i++) {
		time_t t = (time_t)in_range(-62135596800LL, 253402300799LL);
		struct tm tm;
		char a[26], b[26];
		gmtime_r(&t, &tm);
		assert_non_null(lstar_asctime_r(&tm, a));
		assert_non_null(asctime_r(&tm, b));
		assert_string_equal(a, b);
		assert_non_null(lstar_ctime_r(&t, a));
		assert_non_null(ctime_r(&t, b));
		assert_string_equal(a, b);
	}
	struct tm big = { .tm_year = 20000, .tm_mday = 1 };
	char a[26];
	lstar_errno = 0;
	assert_null(lstar_asctime_r(&big, a));
	assert_int_equal(lstar_errno, EOVERFLOW);
	assert_true(lstar_difftime(10, 4) == 6.0);
}

/* The hosted process has no lstar start-up, so lstar's auxv pointer is
 * NULL and the clocks take the syscall path; this test hands lstar the
 * real auxv so the vDSO path runs in-process too.  It runs first, before
 * clock_gettime caches its lookup. */
extern size_t *lstar___lstar_auxv;
void *lstar___lstar_vdso_find(const char *name, int use_sysv);

static void test_vdso_path(void **state)
{
	(void)state;
	static size_t auxv[512];
	FILE *f = fopen("/proc/self/auxv", "rb");
	assert_non_null(f);
	size_t n = fread(auxv, sizeof auxv[0], 510, f);
	fclose(f);
	assert_true(n > 2);
	lstar___lstar_auxv = auxv;

	uintptr_t base = getauxval(AT_SYSINFO_EHDR);
	const char *names[] = { "__vdso_clock_gettime", "__vdso_gettimeofday", "__vdso_time",
				"__vdso_clock_getres", "__vdso_getcpu" };
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		void *g = lstar___lstar_vdso_find(names[i], 0);
		void *h = lstar___lstar_vdso_find(names[i], 1);
		assert_non_null(g);
		assert_ptr_equal(g, h);		/* DT_GNU_HASH and DT_HASH agree */
		assert_true((uintptr_t)g > base && (uintptr_t)g < base + 65536);
	}
	assert_null(lstar___lstar_vdso_find("__vdso_nonexistent", 0));
	assert_null(lstar___lstar_vdso_find("__vdso_nonexistent", 1));
	/* The vDSO also exports the plain name as a weak alias. */
	assert_ptr_equal(lstar___lstar_vdso_find("clock_gettime", 0),
			 lstar___lstar_vdso_find("__vdso_clock_gettime", 0));

	/* Every clock id, good and bad, answers as glibc's does. */
	for (int clk = -2; clk < 16; clk++) {
		struct timespec a, b;
		errno = 0;
		lstar_errno = 0;
		int rg = clock_gettime(clk, &b);
		int rl = lstar_clock_gettime(clk, &a);
		int eg = errno;
		assert_int_equal(rl, rg);
		if (rl)
			assert_int_equal(lstar_errno, eg);
	}
	struct timespec g1, l, g2;
	clock_gettime(CLOCK_MONOTONIC, &g1);
	assert_int_equal(lstar_clock_gettime(CLOCK_MONOTONIC, &l), 0);
	clock_gettime(CLOCK_MONOTONIC, &g2);
	assert_true(l.tv_sec > g1.tv_sec || (l.tv_sec == g1.tv_sec && l.tv_nsec >= g1.tv_nsec));
	assert_true(g2.tv_sec > l.tv_sec || (g2.tv_sec == l.tv_sec && g2.tv_nsec >= l.tv_nsec));
	lstar_errno = 0;
	assert_int_equal(lstar_clock_gettime(CLOCK_MONOTONIC, NULL), -1);
	assert_int_equal(lstar_errno, EFAULT);
}

static void test_clocks(void **state)
{
	(void)state;
	struct timespec g1, l, g2, r;
	clock_gettime(CLOCK_MONOTONIC, &g1);
	assert_int_equal(lstar_clock_gettime(CLOCK_MONOTONIC, &l), 0);
	clock_gettime(CLOCK_MONOTONIC, &g2);
	assert_true(l.tv_sec > g1.tv_sec || (l.tv_sec == g1.tv_sec && l.tv_nsec >= g1.tv_nsec));
	assert_true(g2.tv_sec > l.tv_sec || (g2.tv_sec == l.tv_sec && g2.tv_nsec >= l.tv_nsec));
	time_t gt = time(NULL), lt = lstar_time(NULL), gt2 = time(NULL);
	assert_true(lt >= gt && lt <= gt2);
	struct timeval tv;
	assert_int_equal(lstar_gettimeofday(&tv, NULL), 0);
	assert_true(tv.tv_sec >= gt && tv.tv_usec >= 0 && tv.tv_usec < 1000000);
	assert_int_equal(lstar_timespec_get(&r, TIME_UTC), TIME_UTC);
	assert_int_equal(lstar_timespec_get(&r, 0), 0);
	assert_true(lstar_clock() >= 0);
	assert_int_equal(lstar_clock_getres(CLOCK_MONOTONIC, &r), 0);
	assert_true(r.tv_sec == 0 && r.tv_nsec > 0);

	/* Errors: unknown clock, NULL result (EFAULT, not a crash). */
	lstar_errno = 0;
	assert_int_equal(lstar_clock_gettime(12345, &l), -1);
	assert_int_equal(lstar_errno, EINVAL);
	lstar_errno = 0;
	assert_int_equal(lstar_clock_gettime(CLOCK_MONOTONIC, NULL), -1);
	assert_int_equal(lstar_errno, EFAULT);
	lstar_errno = 0;
	assert_int_equal(lstar_clock_getres(12345, &r), -1);
	assert_int_equal(lstar_errno, EINVAL);

	/* clock_nanosleep returns the error number itself. */
	struct timespec z = { 0, 1000 };
	assert_int_equal(lstar_clock_nanosleep(CLOCK_MONOTONIC, 0, &z, NULL), 0);
	assert_int_equal(lstar_clock_nanosleep(12345, 0, &z, NULL), EINVAL);
	assert_int_equal(lstar_clock_nanosleep(CLOCK_THREAD_CPUTIME_ID, 0, &z, NULL), EINVAL);
	struct timespec bad = { 0, 2000000000 };
	assert_int_equal(lstar_clock_nanosleep(CLOCK_MONOTONIC, 0, &bad, NULL), EINVAL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_vdso_path),
		cmocka_unit_test(test_gmtime_localtime),
		cmocka_unit_test(test_mktime_timegm),
		cmocka_unit_test(test_strftime_vs_glibc),
		cmocka_unit_test(test_strftime_limits),
		cmocka_unit_test(test_asctime_ctime),
		cmocka_unit_test(test_clocks),
	};
	return cmocka_run_group_tests(tests, setup, NULL);
}
