/*
 * Differential test: lstar_snprintf against the host glibc's snprintf, byte
 * for byte and return value, over a generated table of format cases.
 *
 * Left out because C leaves them undefined or implementation-defined (so
 * glibc's answer is not a specification):
 *   - '#' with d i u c s p, '0' with c s p (undefined flag/conversion pairs);
 *   - a null %s argument (undefined; glibc's "(null)" is checked separately
 *     as an extension, since lstar promises to match it);
 *   - %lc/%ls (locale-dependent: glibc's C locale is ASCII, lstar's UTF-8);
 *   - non-canonical x87 encodings (pseudo-denormals, unnormals, pseudo-NaN):
 *     no C type has them;
 *   - NaN payloads and the sign of NaN results are printed as they come, but
 *     only NaNs with known bits are generated.
 *   - positional arguments (%1$d): POSIX, not C; lstar rejects them.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "printf_api.h"

#define BUFSZ 20000
static char gbuf[BUFSZ], lbuf[BUFSZ];
static long ncases, nfail, total_ran;

static void check(const char *fmt, ...)
{
	va_list a, b;
	va_start(a, fmt);
	va_copy(b, a);
	int rg = vsnprintf(gbuf, BUFSZ, fmt, a);
	int rl = lstar_vsnprintf(lbuf, BUFSZ, fmt, b);
	va_end(b);
	va_end(a);
	ncases++;
	if (rg != rl || strcmp(gbuf, lbuf)) {
		if (nfail++ < 30)
			fprintf(stderr, "MISMATCH fmt \"%s\": glibc %d [%s] lstar %d [%s]\n",
				fmt, rg, gbuf, rl, lbuf);
	}
}

static void report(const char *what)
{
	printf("%s: %ld cases, %ld mismatches\n", what, ncases, nfail);
	long f = nfail;
	total_ran += ncases;
	ncases = nfail = 0;
	assert_int_equal(f, 0);
}

/* Deterministic generator (xorshift64*), so failures reproduce. */
static uint64_t rng = 0x9e3779b97f4a7c15ull;
static uint64_t rnd(void)
{
	rng ^= rng >> 12;
	rng ^= rng << 25;
	rng ^= rng >> 27;
	return rng * 0x2545f4914f6cdd1dull;
}

static const char *flagsets[32];
static void init_flags(void)
{
	static char store[32][8];
	const char *f = "-+ #0";
	for (int m = 0; m < 32; m++) {
		char *p = store[m];
		for (int i = 0; i < 5; i++)
			if (m >> i & 1)
				*p++ = f[i];
		*p = 0;
		flagsets[m] = store[m];
	}
}

static const char *widths[] = { "", "1", "5", "25" };
static const char *precs[] = { "", ".", ".0", ".1", ".5", ".30" };

static void test_integers(void **state)
{
	(void)state;
	init_flags();
	static const long long sv[] = {
		0, 1, -1, 7, -42, 127, -128, 255, 32767, -32768, 65535, 65536,
		INT_MAX, INT_MIN, UINT_MAX, 1234567890123LL, LLONG_MAX, LLONG_MIN,
		-9876543210LL, 0x7f, 0x80, 0x8000,
	};
	static const char *lens[] = { "hh", "h", "", "l", "ll", "j", "z", "t" };
	static const char convs[] = "diouxX";
	char fmt[64];
	for (size_t c = 0; c < sizeof convs - 1; c++)
		for (int fl = 0; fl < 32; fl++) {
			int sgn = convs[c] == 'd' || convs[c] == 'i';
			if ((flagsets[fl][0] && strchr(flagsets[fl], '#')) && (sgn || convs[c] == 'u'))
				continue;
			for (size_t w = 0; w < 4; w++)
				for (size_t p = 0; p < 6; p++)
					for (size_t l = 0; l < 8; l++) {
						snprintf(fmt, sizeof fmt, "<%%%s%s%s%s%c>", flagsets[fl],
							 widths[w], precs[p], lens[l], convs[c]);
						for (size_t v = 0; v < sizeof sv / sizeof *sv; v += (fl + w + p) % 3 + 1) {
							long long x = sv[v];
							if (l < 3)
								check(fmt, (int)x);
							else
								check(fmt, (long)x);
						}
					}
		}
	report("integers");
}

static void test_star(void **state)
{
	(void)state;
	static const int ws[] = { -30, -5, -1, 0, 1, 4, 12, INT_MIN + 1 };
	static const int ps[] = { -7, -1, 0, 1, 3, 8, 20 };
	for (size_t i = 0; i < 8; i++)
		for (size_t j = 0; j < 7; j++) {
			if (ws[i] == INT_MIN + 1)
				continue;
			check("%*d|%.*d|%*.*x", ws[i], 42, ps[j], -17, ws[i], ps[j], 0xbeefu);
			check("%-*s|%*.*s|%.*s", ws[i], "abc", ws[i], ps[j], "hello world", ps[j], "xy");
			check("%*.*f|%*.*e|%*.*g|%*.*a", ws[i], ps[j], 3.14159, ws[i], ps[j], -2.5e-7,
			      ws[i], ps[j], 1e10, ws[i], ps[j], 0.1);
			check("%0*d|%-0*d", ws[i], -5, ws[i], 5);
		}
	report("star");
}

static void test_strings_chars(void **state)
{
	(void)state;
	static const char *strs[] = { "", "a", "hello", "with space", "0123456789abcdefghij" };
	static const char *sf[] = { "%s", "%-s", "%10s", "%-10s", "%.0s", "%.3s", "%.20s",
		"%10.3s", "%-10.3s", "%2s", "%-2.1s", "[%5s|%-5s]" };
	for (size_t i = 0; i < 5; i++)
		for (size_t f = 0; f < sizeof sf / sizeof *sf; f++)
			check(sf[f], strs[i], strs[(i + 1) % 5]);
	static const char *cf[] = { "%c", "%-c", "%3c", "%-3c", "[%c%c]" };
	for (int c = 1; c < 256; c++)
		for (size_t f = 0; f < 5; f++)
			check(cf[f], c, 'z');
	check("%c|%c", 0, 'x');
	check("%%|%5%|%-5%|x%%y");
	check("plain text, no conversions");
	check("");
	int n1 = 0, n2 = 0;
	char buf[64];
	int r = lstar_snprintf(buf, sizeof buf, "abc%n%5d%hhn", &n1, 7, (signed char *)&n2);
	assert_int_equal(r, 8);
	assert_int_equal(n1, 3);
	assert_int_equal((signed char)n2, 8);
	long ln = 0;
	lstar_snprintf(buf, sizeof buf, "%s%ln", "xyzw", &ln);
	assert_int_equal(ln, 4);
	report("strings/chars");
}

/* Extensions lstar promises to print as glibc does. */
static void test_glibc_extensions(void **state)
{
	(void)state;
	static const char *pf[] = { "%p", "%-20p", "%20p", "%+p", "% p", "%.3p", "%020p", "%.20p", "%#p" };
	static void *pv[] = { NULL, (void *)1, (void *)0xdeadbeef, (void *)UINTPTR_MAX, (void *)0x7ffc12345678 };
	for (size_t f = 0; f < sizeof pf / sizeof *pf; f++)
		for (size_t v = 0; v < 5; v++)
			check(pf[f], pv[v]);
	static const char *nf[] = { "%s", "%.0s", "%.5s", "%.6s", "%.7s", "%10s", "%-10.2s", "%3s" };
	for (size_t f = 0; f < sizeof nf / sizeof *nf; f++)
		check(nf[f], (char *)NULL);
	/* %m (strerror(errno)) is not supported: it would link the message
	 * table into every program that prints.  It fails visibly. */
	char mb[32];
	lstar_errno = 0;
	assert_int_equal(lstar_snprintf(mb, sizeof mb, "x%m"), -1);
	assert_int_equal(lstar_errno, EINVAL);
	check("%zd %zu %Zd %qd %jd %td", (ssize_t)-5, (size_t)7, (ssize_t)9, -10LL, (intmax_t)-3, (ptrdiff_t)4);
	report("glibc extensions");
}

static const char fpconv[] = "feEgGaAF";

static void fp_formats(double x, int precmax)
{
	char fmt[32];
	for (const char *c = fpconv; *c; c++) {
		snprintf(fmt, sizeof fmt, "%%%c", *c);
		check(fmt, x);
		for (int p = 0; p <= precmax; p++) {
			snprintf(fmt, sizeof fmt, "%%.%d%c", p, *c);
			check(fmt, x);
		}
	}
}

static void test_fp_special(void **state)
{
	(void)state;
	double vals[4096];
	size_t n = 0;
	double spec[] = { 0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, -2.5, 9.5, 0.05, 0.15, 0.25,
		0.35, 123.456, 999.9999, 9.9999999, 1e15, 1e16, 1e17, 1e21, 1e22, 1e23,
		DBL_MAX, -DBL_MAX, DBL_MIN, DBL_TRUE_MIN, -DBL_TRUE_MIN, DBL_EPSILON,
		1.0 / 3, 2.0 / 3, M_PI, M_E, 4.35, 0.000123456, 1e-5, 9.5e-5, 0.0001,
		HUGE_VAL, -HUGE_VAL, NAN, -NAN, 5e-324, 2.2250738585072009e-308,
		1.7976931348623157e308, 0x1.fffffffffffffp-1, 0x1.0000000000001p0,
		0x1.8p0, 0x1.08p0, 0x1.f8p3, 0x1.ffffffffffff8p0, 0x0.8p-1022, 0x1.fp-1023,
		0x1.00000000000008p0, 0x1.0000000000018p0 };
	for (size_t i = 0; i < sizeof spec / sizeof *spec; i++)
		vals[n++] = spec[i];
	for (int e = -330; e <= 308; e += 7) {
		char ten[16];
		snprintf(ten, sizeof ten, "1e%d", e);
		vals[n++] = strtod(ten, NULL);
	}
	for (int e = -1074; e <= 1023; e += 37)
		vals[n++] = ldexp(1.0, e);
	/* Exact ties: k/2^j has j decimals ending in 5, so %.(j-1)f is halfway. */
	for (int j = 1; j <= 24; j++)
		for (int t = 0; t < 3; t++)
			vals[n++] = (double)(rnd() % 100000 * 2 + 1) / (double)(1 << j);
	for (size_t i = 0; i < n; i++)
		fp_formats(vals[i], 20);
	static const char *big[] = { "%.60f", "%.17g", "%.17e", "%.100e", "%.330f", "%.1074f",
		"%.1100e", "%.800g", "%#.0f", "%#.0e", "%#g", "%#.3g", "%#.0g", "%#G", "%#a",
		"%#.0a", "%#.0A", "%.30a", "%.40g", "%.25g", "%.0g", "%g", "%G" };
	for (size_t i = 0; i < n; i++)
		for (size_t f = 0; f < sizeof big / sizeof *big; f++)
			check(big[f], vals[i]);
	report("fp special values");
}

static void test_fp_flags(void **state)
{
	(void)state;
	init_flags();
	static const double v[] = { 0.0, -0.0, 1.0, -3.75, 1234.5678, 1e-7, -6.02e23, 0.000999,
		HUGE_VAL, -HUGE_VAL, NAN, -NAN, DBL_TRUE_MIN };
	static const char *w[] = { "", "1", "12", "30" };
	static const char *p[] = { "", ".0", ".2", ".10" };
	char fmt[32];
	for (int fl = 0; fl < 32; fl++)
		for (size_t wi = 0; wi < 4; wi++)
			for (size_t pi = 0; pi < 4; pi++)
				for (const char *c = fpconv; *c; c++) {
					snprintf(fmt, sizeof fmt, "%%%s%s%s%c", flagsets[fl], w[wi], p[pi], *c);
					for (size_t i = 0; i < sizeof v / sizeof *v; i++)
						check(fmt, v[i]);
				}
	report("fp flags");
}

static double rnd_double(void)
{
	uint64_t b = rnd();
	double d;
	memcpy(&d, &b, sizeof d);
	return d;
}

static void test_fp_random(void **state)
{
	(void)state;
	static const char *f[] = { "%f", "%e", "%g", "%a", "%.0f", "%.1f", "%.2f", "%.3f",
		"%.5f", "%.10f", "%.17f", "%.0e", "%.1e", "%.2e", "%.5e", "%.10e", "%.16e", "%.20e",
		"%.1g", "%.2g", "%.6g", "%.10g", "%.15g", "%.16g", "%.17g", "%.18g", "%.0a",
		"%.1a", "%.5a", "%.12a", "%.13a", "%.14a", "%#.3g", "%+.4E", "%-30.10G", "%.3A" };
	for (int i = 0; i < 1500; i++) {
		double x = rnd_double();
		for (size_t j = 0; j < sizeof f / sizeof *f; j++)
			check(f[j], x);
	}
	/* Values of ordinary magnitude, where the rounding digit is in view. */
	for (int i = 0; i < 1500; i++) {
		double x = ldexp((double)(rnd() >> 11), (int)(rnd() % 120) - 90);
		for (size_t j = 0; j < sizeof f / sizeof *f; j++)
			check(f[j], x);
	}
	report("fp random");
}

static long double rnd_ldouble(void)
{
	union { long double f; struct { uint64_t m; uint16_t se; } i; } u;
	memset(&u, 0, sizeof u);
	u.i.m = rnd();
	u.i.se = rnd();
	if ((u.i.se & 0x7fff) == 0)
		u.i.m &= ~(1ull << 63);         /* subnormal: integer bit clear */
	else
		u.i.m |= 1ull << 63;            /* normal, inf, nan: set */
	return u.f;
}

static void test_long_double(void **state)
{
	(void)state;
	static const char *f[] = { "%Lf", "%Le", "%Lg", "%La", "%.0Lf", "%.2Lf", "%.20Lf",
		"%.0Le", "%.3Le", "%.19Le", "%.25Le", "%.1Lg", "%.18Lg", "%.21Lg", "%.0La",
		"%.1La", "%.7La", "%.15La", "%.16La", "%#LA", "%+12.4Le", "%-40.30Lg", "%020La" };
	long double spec[] = { 0.0L, -0.0L, 1.0L, -1.0L, 0.1L, 1.5L, 2.5L, 15.9L, 31.0L,
		1e4000L, -1e-4000L, LDBL_MAX, LDBL_MIN, LDBL_TRUE_MIN, LDBL_EPSILON,
		LDBL_MIN / 2, LDBL_MIN * 0.99999L, 1.0L / 3, (long double)HUGE_VAL, -(long double)NAN,
		(long double)NAN, 0x1.fffffffffffffffep0L, 12345678901234567890.0L };
	for (size_t i = 0; i < sizeof spec / sizeof *spec; i++)
		for (size_t j = 0; j < sizeof f / sizeof *f; j++)
			check(f[j], spec[i]);
	for (int i = 0; i < 400; i++) {
		long double x = rnd_ldouble();
		for (size_t j = 0; j < sizeof f / sizeof *f; j++)
			check(f[j], x);
	}
	for (int i = 0; i < 400; i++) {
		long double x = ldexpl((long double)rnd(), (int)(rnd() % 140) - 100);
		for (size_t j = 0; j < sizeof f / sizeof *f; j++)
			check(f[j], x);
	}
	check("%.5000Lf", LDBL_MAX);
	check("%.11600Le", LDBL_TRUE_MIN);
	check("%.16445Lf", LDBL_TRUE_MIN);
	report("long double");
}


int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_integers),
		cmocka_unit_test(test_star),
		cmocka_unit_test(test_strings_chars),
		cmocka_unit_test(test_glibc_extensions),
		cmocka_unit_test(test_fp_special),
		cmocka_unit_test(test_fp_flags),
		cmocka_unit_test(test_fp_random),
		cmocka_unit_test(test_long_double),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);
	printf("differential printf cases run: %ld\n", total_ran);
	return r;
}
