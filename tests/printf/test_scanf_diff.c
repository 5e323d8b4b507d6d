/*
 * Differential test: lstar_sscanf against the host glibc's sscanf over a
 * table of formats x inputs.  Every conversion writes into one of four
 * 128-byte buffers filled with a marker, so the return value, the values
 * stored, and the bytes left untouched are all compared.
 *
 * Left out, because C leaves them undefined or glibc's answer is a quirk
 * C contradicts:
 *   - integers that overflow their type (undefined behaviour);
 *   - "0x" not followed by a hex digit under %x/%i: glibc counts the item
 *     as converted but stores nothing; C says the consumed "0x" is not a
 *     matching sequence, so lstar reports a matching failure (checked in
 *     test_hex_prefix_without_digits);
 *   - %lc/%ls/%l[ (wide characters: not supported by lstar).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include "printf_api.h"

#ifdef ENGINE_WITH_HOST_STRTOD
/* The same engine sources compiled into this test against the host's
 * strtod: checks the float item scanning before the library has strtod. */
int engine_vsscanf(const char *s, const char *fmt, va_list ap);
static int engine_sscanf(const char *s, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = engine_vsscanf(s, fmt, ap);
	va_end(ap);
	return r;
}
#define lstar_sscanf engine_sscanf
#define LSTAR_HAS_STRTOD 1
#endif

static long ncases, nfail;

static void one(const char *in, const char *fmt)
{
	unsigned char g[4][128], l[4][128];
	memset(g, 0xAA, sizeof g);
	memset(l, 0xAA, sizeof l);
	int rg = sscanf(in, fmt, g[0], g[1], g[2], g[3]);
	int rl = lstar_sscanf(in, fmt, l[0], l[1], l[2], l[3]);
	ncases++;
	if (rg != rl || memcmp(g, l, sizeof g)) {
		if (nfail++ < 30) {
			fprintf(stderr, "MISMATCH sscanf(\"%s\", \"%s\"): glibc %d lstar %d", in, fmt, rg, rl);
			for (int i = 0; i < 4; i++)
				if (memcmp(g[i], l[i], 128))
					fprintf(stderr, " [arg %d: %02x%02x%02x%02x vs %02x%02x%02x%02x]", i,
						g[i][0], g[i][1], g[i][2], g[i][3], l[i][0], l[i][1], l[i][2], l[i][3]);
			fprintf(stderr, "\n");
		}
	}
}

static int hex_prefix_quirk(const char *in, const char *fmt)
{
	const char *p = strstr(in, "0x");
	if (!p)
		p = strstr(in, "0X");
	if (!p || (p[2] && strchr("0123456789abcdefABCDEF", p[2])))
		return 0;
	return strpbrk(fmt, "xXip") != NULL;
}

static const char *int_formats[] = {
	"%d", "%i", "%u", "%o", "%x", "%X", "%hhd", "%hhi", "%hd", "%hu", "%ld", "%lld",
	"%lli", "%llx", "%jd", "%zu", "%td", "%hhu", "%lu", "%llo", "%qd", "%Lx",
	"%1d", "%2d", "%3i", "%1x", "%2x", "%3x", "%4i", "%2o", "%5u", "%1i", "%2i",
	"%*d %d", "%d%n", "%d %n%d", "%n%d", "%d%hhn", "%d%ln", "%% %d", "x%dy", " %d",
	"%d %s %x", "%i %i %i", "%p", "%d,%d", "%d ,%d", "%3d%3d", "%*i%i", "%*x%n",
	"%d%%", "%d %c", "%dx%d",
};

static const char *inputs[] = {
	"0", "42", "-42", "+7", "  123abc", "0x1f", "0X1F", "0755", "-0x10", "+0x7",
	"2147483647", "-2147483648", "4294967295", "127", "-128", "255", "32767",
	"-32768", "65535", "9223372036854775807", "-9223372036854775807",
	"abc", "", "   ", "\t\n 5", "12,34", "12 ,34", "%5", "% 5", "x5y", "x5", "1 2 3",
	"08", "09", "-", "+", "- 5", "1e5", "0777777", "0x7fffffff", "ffff", "FfFf",
	"12345678", "5%", "7 q", "3x4", "+-3", "00x5", "0", "00", "-0", "0x0", "1x",
};

static void test_integers(void **state)
{
	(void)state;
	for (size_t f = 0; f < sizeof int_formats / sizeof *int_formats; f++)
		for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++)
			if (!hex_prefix_quirk(inputs[i], int_formats[f]))
				one(inputs[i], int_formats[f]);
	printf("sscanf integers: %ld cases, %ld mismatches\n", ncases, nfail);
	assert_int_equal(nfail, 0);
	ncases = nfail = 0;
}

static const char *str_formats[] = {
	"%s", "%3s", "%1s", "%c", "%4c", "%2c%s", "%[a-z]", "%[^,],%s", "%[]abc]",
	"%[^]x]", "%[-a]", "%[a-]", "%2[0-9]", "%[^\n]", "%*s%s", "%*[a-z]%n",
	"%s %s", "%s%n", "%c%c%c", " %c", "%[a-c-e]", "%[^a-z]%s", "%5[^ ]%c",
	"%*c%c", "%[0-9a-fA-F]", "%*[^=]=%s", "%s%%", "%10c", "%[ab]%[cd]",
	"%%%s", "a%sb", "%s,%d",
};

static const char *str_inputs[] = {
	"hello world", "  lead", "abc,def", "]abc]x", "a-b", "-a-", "123456",
	"line one\nline two", "", "   ", "x", "xy", "xyz", "key=value", "ab cd",
	"e-d-c", "ABC123def", "100%", "\t\ttab", "cdab", "]]]]", "%%x", "a b",
	"z,12", "bcd", "a,b,c", "0x1f", "end\n",
};

static void test_strings(void **state)
{
	(void)state;
	for (size_t f = 0; f < sizeof str_formats / sizeof *str_formats; f++)
		for (size_t i = 0; i < sizeof str_inputs / sizeof *str_inputs; i++)
			one(str_inputs[i], str_formats[f]);
	/* Mixed: strings after numbers and the reverse. */
	for (size_t f = 0; f < sizeof int_formats / sizeof *int_formats; f++)
		for (size_t i = 0; i < sizeof str_inputs / sizeof *str_inputs; i++)
			if (!hex_prefix_quirk(str_inputs[i], int_formats[f]))
				one(str_inputs[i], int_formats[f]);
	printf("sscanf strings: %ld cases, %ld mismatches\n", ncases, nfail);
	assert_int_equal(nfail, 0);
	ncases = nfail = 0;
}

static void test_return_values(void **state)
{
	(void)state;
	int a = 0, b = 0;
	assert_int_equal(lstar_sscanf("", "%d", &a), -1);
	assert_int_equal(lstar_sscanf("   ", "%d", &a), -1);
	assert_int_equal(lstar_sscanf("abc", "%d", &a), 0);
	assert_int_equal(lstar_sscanf("5", "%d%d", &a, &b), 1);
	assert_int_equal(a, 5);
	assert_int_equal(lstar_sscanf("5 x", "%d%d", &a, &b), 1);
	assert_int_equal(lstar_sscanf("", "%n", &a), 0);
	char s[8];
	assert_int_equal(lstar_sscanf("", "%c", s), -1);
	assert_int_equal(lstar_sscanf("", "%[a]", s), -1);
	assert_int_equal(lstar_sscanf("b", "%[a]", s), 0);
}

static void test_hex_prefix_without_digits(void **state)
{
	(void)state;
	unsigned x = 77;
	char s[8] = "?";
	/* C: "0x" is consumed, is no matching sequence: matching failure. */
	assert_int_equal(lstar_sscanf("0xg", "%x%s", &x, s), 0);
	assert_int_equal(x, 77);
	int n = -1;
	assert_int_equal(lstar_sscanf("0x", "%i%n", &x, &n), 0);
	assert_int_equal(n, -1);
}

#ifdef LSTAR_HAS_STRTOD
static const char *fp_formats[] = {
	"%f", "%lf", "%Lf", "%e", "%lg", "%la", "%5lf", "%3lf", "%*lf%lf", "%lf%n",
	"%lf %lf", "%lE", "%LG", "%2lf%s",
};

static const char *fp_inputs[] = {
	"0", "1", "-1.5", "+2.25", "3.14159265358979323846", "1e10", "1E-10", "1e+",
	"1e", ".5", "5.", ".", "-.5e3", "inf", "-INF", "infinity", "Infinity!", "infx",
	"nan", "NaN(123abc)", "nan(", "-nan", "0x1p3", "0X1.8P-2", "0x.8", "0x", "0xg",
	"1e400", "-1e400", "1e-400", "4.9406564584124654e-324", "2.4703282292062327e-324",
	"2.4703282292062328e-324", "1.7976931348623157e308", "1.7976931348623158e308",
	"0.1000000000000000055511151231257827", "123456789012345678901234567890",
	"  42.5xyz", "00012.50", "1.0e00005", "1e-5 2e5", "3,5",
	"0.00000000000000000000000000000000000000000000000001",
	"9007199254740993", "9007199254740993.00000000000000000000000001",
	"0x.", "0x.g", "0x.p", "0xp1", "0x1p", "0x1p+", "0.", "0.e5", ".e5", "0x1.", "-0x",
	"+.", "0X.P3", "1.5e", "1.5e+x", "infin", "in", "na", "nanx", "0x1.fffffffffffff8p1023",
	"0x0.0000000000001p-1022", "0x1.00000000000008p0", "0x1.000000000000080000000000000000001p0",
};

#endif

static void test_floats(void **state)
{
	(void)state;
#ifndef LSTAR_HAS_STRTOD
	skip();     /* the library has no strtod yet (branch libc-core) */
#else
	for (size_t f = 0; f < sizeof fp_formats / sizeof *fp_formats; f++)
		for (size_t i = 0; i < sizeof fp_inputs / sizeof *fp_inputs; i++)
			one(fp_inputs[i], fp_formats[f]);
	/* Long input: a halfway case spelled with 800 digits and a tail. */
	static char longin[4000];
	int n = snprintf(longin, sizeof longin, "%.1100e", 0x1.0000000000001p0 + 0x1p-53);
	(void)n;
	one(longin, "%lf");
	one(longin, "%Lf");
	snprintf(longin, sizeof longin, "%.3000f", 0x1p-1074 * 3);
	one(longin, "%lf");
	one(longin, "%Lf");
	/* Random doubles written several ways and read back. */
	static const char *wf[] = { "%.17g", "%a", "%.40e", "%.3g", "%.25f" };
	uint64_t seed = 88172645463325252ull;
	for (int i = 0; i < 2000; i++) {
		seed ^= seed << 13;
		seed ^= seed >> 7;
		seed ^= seed << 17;
		double d;
		memcpy(&d, &seed, sizeof d);
		char text[512];
		snprintf(text, sizeof text, wf[i % 5], d);
		one(text, "%lf");
		one(text, "%f");
		one(text, "%Lf");
	}
	printf("sscanf floats: %ld cases, %ld mismatches\n", ncases, nfail);
	assert_int_equal(nfail, 0);
	ncases = nfail = 0;
#endif
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_integers),
		cmocka_unit_test(test_strings),
		cmocka_unit_test(test_return_values),
		cmocka_unit_test(test_hex_prefix_without_digits),
		cmocka_unit_test(test_floats),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
