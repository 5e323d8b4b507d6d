/*
 * Differential test: lstar_snprintf against the host glibc's snprintf, byte
 * for byte and return value, over a generated table of format cases.
 *
 * Left out because C leaves them undefined or implementation-defined (so
 * glibc's answer is not a specification):
 *   - '#' with d i u c s p, '0' with c s p (undefined flag/conversion pairs);
 *   - a null %s argument (undefined; glibc's "(null)" is checked separately
 *     as an extension, since lstar promises to match it);
 *   - non-canonical x87 encodings (pseudo-denormals, unnormals, pseudo-NaN):
 *     no C type has them;
 *   - NaN payloads and the sign of NaN results are printed as they come, but
 *     only NaNs with known bits are generated.
 *   - numbered arguments used against POSIX's rules (mixed with unnumbered
 *     ones, one argument read as two types of different size, an unnamed
 *     argument before a named one that is not an int): undefined, and glibc
 *     prints them or crashes, where lstar fails with EINVAL or reads as
 *     each conversion says.  Only glibc's defined behaviours are compared;
 *     lstar's errors are asserted on their own.
 * %lc/%ls are compared in the C locale, lstar's only one and the runner's
 * (it never calls setlocale): ASCII converts, anything else is EILSEQ.
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
#include <wchar.h>
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


/*
 * Numbered arguments (POSIX %n$ and *m$).  Random formats over fixed
 * argument lists: every argument up to the highest number used is named,
 * except ints, which may be left out (glibc reads an unnamed argument as an
 * int, and so does lstar).  Not generated: q and L with integer conversions
 * (BSD and GNU extensions), which glibc 2.36's numbered parser reads as int
 * and its unnumbered one as long long; lstar reads long long in both.
 */
enum { T_INT, T_WIDTH, T_NWIDTH, T_LONG, T_LLONG, T_SIZE, T_DBL, T_LDBL, T_STR, T_PTR, T_CHAR };

static const char *const conv_for[][12] = {
	[T_INT] = { "d", "i", "u", "o", "x", "X", "hd", "hhu", "hx", "hhd", "c", NULL },
	[T_WIDTH] = { "d", "x", NULL },
	[T_NWIDTH] = { "d", "x", NULL },
	[T_LONG] = { "ld", "li", "lu", "lo", "lx", "lX", "jd", "td", "zx", "Zu", NULL },
	[T_LLONG] = { "lld", "llu", "llx", "llo", "jx", "ju", NULL },
	[T_SIZE] = { "zu", "zd", "zx", "tu", "lu", NULL },
	[T_DBL] = { "f", "e", "g", "a", "F", "E", "G", "A", "lf", "le", NULL },
	[T_LDBL] = { "Lf", "Le", "Lg", "La", "LE", "LG", "LA", NULL },
	[T_STR] = { "s", NULL },
	[T_PTR] = { "p", NULL },
	[T_CHAR] = { "c", "d", "hhx", NULL },
};

/* One argument list: the types, in order. */
struct siglist {
	int n;
	unsigned char t[24];
};

/* Appends a random numbered conversion of argument i (1-based) to p; *m$
 * widths and precisions pick from the T_WIDTH arguments in widx. */
static char *gen_conv(char *p, const struct siglist *sg, int i, const int *widx, int nw,
		      int *named)
{
	int m;
	static const char fl[] = "-+ #0";
	int t = sg->t[i - 1];
	const char *const *cv = conv_for[t];
	size_t n = 0;
	while (cv[n])
		n++;
	const char *c = cv[rnd() % n];
	char last = c[strlen(c) - 1];
	p += sprintf(p, "%%%d$", i);
	int zero = 0;
	for (int k = 0; k < 5; k++) {
		/* '#' with d i u c s p, '0' with c s p: undefined (see the top) */
		if ((fl[k] == '#' && strchr("diucsp", last)) || (fl[k] == '0' && strchr("csp", last)))
			continue;
		if (rnd() % 4 == 0) {
			*p++ = fl[k];
			zero |= fl[k] == '0';
		}
	}
	switch (rnd() % 4) {
	case 1: p += sprintf(p, "%d", (int)(rnd() % 20)); break;
	case 2:
		/* glibc 2.36 pads floating point with zeros on the right for
		 * '0' and a negative *m$ width: checked on its own below */
		do
			m = widx[rnd() % nw];
		while (zero && sg->t[m - 1] == T_NWIDTH);
		named[m] = 1;
		p += sprintf(p, "*%d$", m);
		break;
	}
	int prec_ok = last != 'p' && last != 'c';     /* undefined */
	switch (prec_ok ? rnd() % 4 : 0) {
	case 1: p += sprintf(p, ".%d", (int)(rnd() % 12)); break;
	case 2: m = widx[rnd() % nw]; named[m] = 1; p += sprintf(p, ".*%d$", m); break;
	case 3: *p++ = '.'; break;
	}
	p += sprintf(p, "%s", c);
	return p;
}

/* A format naming arguments of sg in random order, with repeats and int
 * gaps, then literal text and %% between conversions. */
static void gen_format(char *fmt, const struct siglist *sg)
{
	int widx[24], nw = 0;
	for (int i = 0; i < sg->n; i++)
		if (sg->t[i] == T_WIDTH || sg->t[i] == T_NWIDTH)
			widx[nw++] = i + 1;
	int top = 1 + rnd() % sg->n;            /* highest number used */
	char *p = fmt;
	int named[25] = { 0 };
	int k = 1 + rnd() % 8;
	for (int j = 0; j < k; j++) {
		int i = 1 + rnd() % top;
		named[i] = 1;
		p = gen_conv(p, sg, i, widx, nw, named);
		p += sprintf(p, "%s", rnd() % 5 ? "|" : "%%");
	}
	for (int i = 1; i <= sg->n; i++)
		if (named[i])
			top = i;
	for (int i = 1; i < top; i++) {
		int t = sg->t[i - 1];
		if (!named[i] && ((t != T_INT && t != T_WIDTH && t != T_NWIDTH && t != T_CHAR) ||
				   rnd() % 2)) {
			p = gen_conv(p, sg, i, widx, nw, named);
			*p++ = ';';
			for (int j = top; j <= sg->n; j++)      /* it may name an m */
				if (named[j])
					top = j;
		}
	}
	*p = 0;
}

static void test_positional_random(void **state)
{
	(void)state;
	static const struct siglist s1 = { 10, { T_INT, T_DBL, T_STR, T_LDBL, T_LONG, T_WIDTH,
		T_DBL, T_PTR, T_LLONG, T_CHAR } };
	static const struct siglist s2 = { 24, { T_DBL, T_NWIDTH, T_DBL, T_INT, T_LDBL, T_DBL,
		T_SIZE, T_DBL, T_WIDTH, T_DBL, T_DBL, T_STR, T_LDBL, T_DBL, T_INT, T_DBL, T_LONG,
		T_INT, T_LLONG, T_DBL, T_LDBL, T_PTR, T_WIDTH, T_CHAR } };
	char fmt[1024];
	for (int r = 0; r < 3000; r++) {
		gen_format(fmt, &s1);
		check(fmt, -42, 3.14159, "str", -1.5e300L, -1234567890123L, 9,
		      1e-5, (void *)0x1234abcd, 0x8000000000000001LL, 'q');
	}
	for (int r = 0; r < 3000; r++) {
		gen_format(fmt, &s2);
		check(fmt, 0.5, -7, 1e100, 65535, 1.0L / 3, -0.0, (size_t)-1, 2.5, 13,
		      1e-310, 123456.789, "a string", LDBL_MAX, -1e-3, INT_MIN, 99.5,
		      LONG_MIN, 200, -1LL, 6.02e23, -LDBL_MIN, (void *)0, 4, 'Z');
	}
	report("positional random");
}

/* 4096 int arguments, 0..4095 (NL_ARGMAX is 4096, as in glibc). */
#define A2(n) (n), (n) + 1
#define A8(n) A2(n), A2((n) + 2), A2((n) + 4), A2((n) + 6)
#define A64(n) A8(n), A8((n) + 8), A8((n) + 16), A8((n) + 24), A8((n) + 32), \
	A8((n) + 40), A8((n) + 48), A8((n) + 56)
#define A512(n) A64(n), A64((n) + 64), A64((n) + 128), A64((n) + 192), A64((n) + 256), \
	A64((n) + 320), A64((n) + 384), A64((n) + 448)
#define A4096 A512(0), A512(512), A512(1024), A512(1536), A512(2048), A512(2560), \
	A512(3072), A512(3584)

static void test_positional(void **state)
{
	(void)state;
	check("%2$*1$d|%3$.*1$f", 8, 42, 3.14159);
	check("%2$*1$d|%1$d", 8, 42);
	check("%1$.*2$f|%2$d", 3.14159, 3);
	check("%1$*2$.*3$Lf|%2$d|%3$d", 2.0L / 3, -20, 5);
	check("%3$s %2$s %1$s", "one", "two", "three");
	check("%1$s %1$s %1$5s %1$-5s| %1$.2s", "abc");
	check("%1$d %1$x %1$o %1$X %1$#x %1$u %1$c", 65);
	check("%1$f %1$e %1$g %1$a %1$.0f %1$#.0e", 0.1);
	check("%1$Lf %1$Le %1$Lg %1$La", 1.0L / 3);
	check("%3$d", 5, 6, 7);                         /* int gaps */
	check("%5$s|%2$d", 1, 2, 3, 4, "five");
	check("%2$d %%|%1$%|%%", 1, 2);
	check("%1$hhd %2$hd %3$d %4$ld %5$lld %6$jd %7$zd %8$td",
	      (signed char)-5, (short)-300, INT_MIN, LONG_MIN, LLONG_MIN,
	      (intmax_t)-9, (ssize_t)-10, (ptrdiff_t)-11);
	check("%8$tx %7$zx %6$jx %5$llx %4$lx %3$x %2$hx %1$hhx",
	      (unsigned char)0xfe, (unsigned short)0xfffe, UINT_MAX, ULONG_MAX, ULLONG_MAX,
	      (uintmax_t)7, (size_t)8, (ptrdiff_t)9);
	check("%1$hhd %1$hd", 0x12345);                 /* narrower reads of one int */
	check("%2$p %1$p %3$p", (void *)0, (void *)0x7fff1234, (void *)UINTPTR_MAX);
	check("%2$s|%1$10.3s|%3$-8s|", "abcdef", "xyz", (char *)NULL);
	/* doubles past the 8 SSE registers, long doubles in memory between them */
	check("%10$f %9$Lf %8$f %7$f %6$Lf %5$f %4$f %3$f %2$f %1$f %11$d %12$Lg",
	      1.0, 2.0, 3.0, 4.0, 5.0, 6.0L, 7.0, 8.0, 9.0L, 10.0, 11, 12.0L);
	/* integers past the 6 registers */
	check("%9$d %8$ld %7$s %6$c %5$d %4$lld %3$d %2$p %1$u %10$x",
	      1u, (void *)2, 3, 4LL, 5, '6', "7", 8L, 9, 10u);
	check("%1$d %2$f %3$d %4$f %5$d %6$f %7$d %8$f %9$d %10$f %11$d %12$f %13$d %14$f %15$d "
	      "%16$f %17$d %18$f %19$Lf %20$d",
	      1, 2.0, 3, 4.0, 5, 6.0, 7, 8.0, 9, 10.0, 11, 12.0, 13, 14.0, 15, 16.0, 17, 18.0,
	      19.0L, 20);
	/* widths and precisions from arguments, negative ones included */
	check("%1$*2$d|%1$-*2$d|%1$*3$d|%1$.*3$d|%1$.*4$d", 42, 6, -6, -1);
	check("%1$*2$.*3$e|%4$*3$s|", -2.5e-7, INT_MIN + 1, 3, "str");
	check("%1$0*2$d", -5, 8);
	check("%4$s%3$s%2$s%1$s", "", "b", "", "d");
	/* %n stores where it is, whatever order the arguments come in */
	int gn1 = -1, gn2 = -1, ln1 = -1, ln2 = -1;
	signed char gc = 0, lc = 0;
	long long gl = 0, ll = 0;
	char g[64], l[64];
	int rg = snprintf(g, sizeof g, "%3$s%2$n|%3$s%1$n%4$hhn%5$lln", &gn1, &gn2, "hello", &gc, &gl);
	int rl = lstar_snprintf(l, sizeof l, "%3$s%2$n|%3$s%1$n%4$hhn%5$lln", &ln1, &ln2, "hello", &lc, &ll);
	assert_int_equal(rg, rl);
	assert_string_equal(g, l);
	assert_int_equal(ln2, 5);
	assert_int_equal(ln1, 11);
	assert_int_equal(gn1, ln1);
	assert_int_equal(gn2, ln2);
	assert_int_equal(gc, lc);
	assert_int_equal(gl, ll);
	/* Where glibc 2.36's numbered path differs from its unnumbered one,
	 * lstar prints as the unnumbered one does: '0' with a negative *m$
	 * width pads floating point with spaces after it (glibc: zeros, so
	 * 5.0 prints as "5.0000000000"), and q and L with d read a long long
	 * (glibc: an int). */
	rg = snprintf(g, sizeof g, "%0*f|%0*e|%0*d|%qd|%Lx", -12, 5.0, -14, 1.5, -7, 5,
		      0x100000001LL, 0x100000001LL);
	rl = lstar_snprintf(l, sizeof l, "%1$0*2$f|%3$0*4$e|%5$0*6$d|%7$qd|%7$Lx", 5.0, -12, 1.5,
			    -14, 5, -7, 0x100000001LL);
	assert_int_equal(rg, rl);
	assert_string_equal(g, l);
	/* the highest number, NL_ARGMAX, with all 4096 arguments passed */
	check("%4096$d|%1$d|%2048$d|%4095$x", A4096);
	check("%4096$d %4096$*4000$d|%4096$.*20$d", A4096);
	report("positional");
}

/* Formats POSIX leaves undefined or that are invalid: lstar fails whole,
 * with EINVAL, and prints nothing of the numbered part. */
static void expect_einval(const char *fmt, ...)
{
	char buf[64];
	va_list ap;
	va_start(ap, fmt);
	memset(buf, '#', sizeof buf);
	lstar_errno = 0;
	int r = lstar_vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (r != -1 || lstar_errno != EINVAL)
		fprintf(stderr, "format \"%s\": %d errno %d, want -1 EINVAL\n", fmt, r, lstar_errno);
	assert_int_equal(r, -1);
	assert_int_equal(lstar_errno, EINVAL);
}

static void test_positional_errors(void **state)
{
	(void)state;
	expect_einval("%d %1$d", 1);                  /* unnumbered, then numbered */
	expect_einval("%1$d %d", 1, 2);               /* numbered, then unnumbered */
	expect_einval("%*d %1$d", 1, 2);
	expect_einval("%1$*d", 1, 2);
	expect_einval("%1$.*d", 1, 2);
	expect_einval("%*1$d", 1, 2);
	expect_einval("%.*1$d", 1, 2);
	expect_einval("%1$d %2$*d", 1, 2, 3);
	expect_einval("%2$d %1$d %c", 1, 2, 'c');
	expect_einval("%4097$d", 1);                  /* past NL_ARGMAX */
	expect_einval("%1$*4097$d", 1);
	expect_einval("%1$.*4097$d", 1);
	expect_einval("%99999999999$d", 1);
	expect_einval("%1$*99999999999$d", 1);
	expect_einval("%1$*0$d", 1);
	expect_einval("%1$.*0$d", 1);
	expect_einval("%*0$d", 1);
	expect_einval("%0$d", 1);
	expect_einval("%-1$d", 1);                    /* flags before n$ */
	expect_einval("%+01$d", 1);
	expect_einval("%01$d", 1);                    /* glibc reads it as %1$d */
	expect_einval("%1$1$d", 1);
	expect_einval("%1$-2$d", 1);
	expect_einval("%1$*2d", 1, 2);                /* *m without $ */
	expect_einval("%1$.*2d", 1, 2);
	expect_einval("%1$", 1);
	expect_einval("%1$*", 1);
	expect_einval("%1$*2", 1, 2);
	expect_einval("%1$.*", 1);
	expect_einval("%1$y", 1);
	expect_einval("%1$m", 1);
	expect_einval("%1$d %2$y", 1, 2);
	expect_einval("%1$d %2$m", 1, 2);
	expect_einval("%2$d%1$d%", 1, 2);
	/* The literal text before the first conversion is out; nothing of the
	 * numbered part is. */
	char buf[32];
	memset(buf, '#', sizeof buf);
	assert_int_equal(lstar_snprintf(buf, sizeof buf, "ab%%c%1$d|%2$s|%3$y", 5, "x"), -1);
	assert_memory_equal(buf, "ab%c", 4);
	/* EOVERFLOW is still EOVERFLOW */
	lstar_errno = 0;
	assert_int_equal(lstar_snprintf(NULL, 0, "%1$2147483647d%1$d", 1), -1);
	assert_int_equal(lstar_errno, EOVERFLOW);
	lstar_errno = 0;
	assert_int_equal(lstar_snprintf(NULL, 0, "%1$99999999999d", 1), -1);
	assert_int_equal(lstar_errno, EOVERFLOW);
	/* %lc of an invalid character: EILSEQ, as unnumbered */
	lstar_errno = 0;
	assert_int_equal(lstar_snprintf(buf, sizeof buf, "%2$s%1$lc", 0xd800, "x"), -1);
	assert_int_equal(lstar_errno, EILSEQ);
}

/* %ls and %lc in the C locale against glibc's: output, return value and
 * errno, with widths and precisions that stop before a bad character. */
static void test_wide_c_locale(void **state)
{
	static const wchar_t ascii[] = { 'h', 'i', '!', 0x7f, 0 };
	static const wchar_t high[] = { 'a', 'b', 0xe9, 'c', 0 };
	static const wchar_t big[] = { 0x263a, 0 };
	static const wchar_t surrogate[] = { 'x', 0xd800, 0 };
	static const wchar_t *strs[] = { ascii, high, big, surrogate, L"" };
	static const char *sfmts[] = { "%ls", "[%8ls]", "[%-8ls]", "[%.1ls]",
		"[%.2ls]", "[%5.2ls]", "[%.0ls]", "[%08ls]", "%ls|%d" };
	static const wint_t chars[] = { 'x', 0x7f, 0x80, 0xe9, 0x263a, 0xd800, 0x110000, 0 };
	static const char *cfmts[] = { "%lc", "[%4lc]", "[%-4lc]", "%lc|%d" };
	char g[64], l[64];
	(void)state;
	for (size_t i = 0; i < sizeof strs / sizeof *strs; i++)
		for (size_t j = 0; j < sizeof sfmts / sizeof *sfmts; j++) {
			errno = 0;
			lstar_errno = 0;
			int gr = snprintf(g, sizeof g, sfmts[j], strs[i], 7);
			int ge = errno;
			int lr = lstar_snprintf(l, sizeof l, sfmts[j], strs[i], 7);
			if (gr != lr || (gr < 0 && ge != lstar_errno) || (gr >= 0 && memcmp(g, l, (size_t)gr + 1)))
				fail_msg("%s of string %zu: glibc %d \"%s\", lstar %d \"%s\"", sfmts[j], i, gr, g, lr, l);
		}
	for (size_t i = 0; i < sizeof chars / sizeof *chars; i++)
		for (size_t j = 0; j < sizeof cfmts / sizeof *cfmts; j++) {
			errno = 0;
			lstar_errno = 0;
			int gr = snprintf(g, sizeof g, cfmts[j], chars[i], 7);
			int ge = errno;
			int lr = lstar_snprintf(l, sizeof l, cfmts[j], chars[i], 7);
			if (gr != lr || (gr < 0 && ge != lstar_errno) || (gr >= 0 && memcmp(g, l, (size_t)gr + 1)))
				fail_msg("%s of %#x: glibc %d, lstar %d", cfmts[j], (unsigned)chars[i], gr, lr);
		}
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
		cmocka_unit_test(test_positional),
		cmocka_unit_test(test_positional_random),
		cmocka_unit_test(test_positional_errors),
		cmocka_unit_test(test_wide_c_locale),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);
	printf("differential printf cases run: %ld\n", total_ran);
	return r;
}
