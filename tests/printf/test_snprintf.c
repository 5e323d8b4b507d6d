/* snprintf's contract at the edges, dprintf and asprintf. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "printf_api.h"

/* Every buffer size from 0 to past the full length: the prefix written, the
 * NUL, the untouched bytes after it and the return value all match glibc. */
static void test_truncation(void **state)
{
	(void)state;
	static const char *fmt = "%s|%08.3f|%-6d|%x|%c|%e";
	for (size_t n = 0; n < 60; n++) {
		char g[64], l[64];
		memset(g, '#', sizeof g);
		memset(l, '#', sizeof l);
		int rg = snprintf(g, n, fmt, "abc", -3.14159, 42, 0xabcdu, 'Q', 1e100);
		int rl = lstar_snprintf(l, n, fmt, "abc", -3.14159, 42, 0xabcdu, 'Q', 1e100);
		assert_int_equal(rg, rl);
		assert_memory_equal(g, l, sizeof g);
		if (n)
			assert_int_equal(l[n - 1 < (size_t)rl ? n - 1 : (size_t)rl], 0);
	}
}

static void test_null_buffer(void **state)
{
	(void)state;
	assert_int_equal(lstar_snprintf(NULL, 0, "%d-%s-%.3f", 12345, "xyz", 2.0), 15);
	assert_int_equal(lstar_snprintf(NULL, 0, ""), 0);
	char one[1] = { 'x' };
	assert_int_equal(lstar_snprintf(one, 1, "hello"), 5);
	assert_int_equal(one[0], 0);
	/* A length far beyond any buffer: nothing truncated in the count. */
	assert_int_equal(lstar_snprintf(NULL, 0, "%.10000f", 1.0), 10002);
	assert_int_equal(lstar_snprintf(NULL, 0, "%100000d", 1), 100000);
	char big[200], want[2000];
	int w = snprintf(want, sizeof want, "%.1000f", 1e300);
	assert_int_equal(w, 1302);
	assert_int_equal(lstar_snprintf(big, sizeof big, "%.1000f", 1e300), w);
	assert_int_equal(big[199], 0);
	assert_memory_equal(big, want, 199);
}

static void test_eoverflow(void **state)
{
	(void)state;
	char buf[16];
	lstar_errno = 0;
	assert_int_equal(lstar_snprintf(buf, sizeof buf, "%2147483647s%s", "", "x"), -1);
	assert_int_equal(lstar_errno, EOVERFLOW);
	/* Exactly INT_MAX bytes is representable. */
	lstar_errno = 0;
	assert_int_equal(lstar_snprintf(buf, sizeof buf, "%2147483646s%s", "", "x"), INT_MAX);
	assert_int_equal(lstar_errno, 0);
	assert_memory_equal(buf, "               ", 16);
	lstar_errno = 0;
	assert_int_equal(lstar_snprintf(NULL, 0, "%2147483647d%d", 1, 2), -1);
	assert_int_equal(lstar_errno, EOVERFLOW);
	/* A width past INT_MAX in the format itself. */
	lstar_errno = 0;
	assert_int_equal(lstar_snprintf(NULL, 0, "%99999999999d", 1), -1);
	assert_int_equal(lstar_errno, EOVERFLOW);
}

static void test_sprintf(void **state)
{
	(void)state;
	char g[128], l[128];
	int rg = sprintf(g, "%5.2f|%lld|%#o|%s", 2.675, LLONG_MIN, 8u, "end");
	int rl = lstar_sprintf(l, "%5.2f|%lld|%#o|%s", 2.675, LLONG_MIN, 8u, "end");
	assert_int_equal(rg, rl);
	assert_string_equal(g, l);
	lstar_errno = 0;
	assert_int_equal(lstar_snprintf(l, sizeof l, "%d %y", 1), -1);
	assert_int_equal(lstar_errno, EINVAL);
	/* numbered arguments (test_printf_diff.c has the rest) */
	assert_int_equal(lstar_snprintf(l, sizeof l, "%2$s-%1$d", 1, "x"), 3);
	assert_string_equal(l, "x-1");
}

static char *read_all(int fd, size_t *len)
{
	static char out[1 << 20];
	size_t n = 0;
	lseek(fd, 0, SEEK_SET);
	for (ssize_t r; (r = read(fd, out + n, sizeof out - 1 - n)) > 0;)
		n += r;
	out[n] = 0;
	*len = n;
	return out;
}

static void test_dprintf(void **state)
{
	(void)state;
	FILE *tmp = tmpfile();
	assert_non_null(tmp);
	int fd = fileno(tmp);
	/* Longer than vdprintf's 1 KiB window, so it flushes several times. */
	int r = lstar_dprintf(fd, "%d %s %x %5.2f|%3000d|%.2000e\n", 42, "str", 255u, 3.14159, 7, 1e-300);
	char want[8192];
	int w = snprintf(want, sizeof want, "%d %s %x %5.2f|%3000d|%.2000e\n", 42, "str", 255u, 3.14159, 7, 1e-300);
	assert_int_equal(r, w);
	size_t n;
	char *got = read_all(fd, &n);
	assert_int_equal(n, (size_t)w);
	assert_memory_equal(got, want, n);
	fclose(tmp);

	lstar_errno = 0;
	assert_int_equal(lstar_dprintf(-1, "%s", "x"), -1);
	assert_int_equal(lstar_errno, EBADF);
	int ro = open("/dev/null", O_RDONLY);
	lstar_errno = 0;
	assert_int_equal(lstar_dprintf(ro, "%2000d", 5), -1);
	assert_int_equal(lstar_errno, EBADF);
	close(ro);
}

#ifdef LSTAR_HAS_MALLOC
static void test_asprintf(void **state)
{
	(void)state;
	char *s = NULL;
	assert_int_equal(lstar_asprintf(&s, "%s-%d", "abc", 12), 6);
	assert_string_equal(s, "abc-12");
	lstar_free(s);
	assert_int_equal(lstar_asprintf(&s, ""), 0);
	assert_string_equal(s, "");
	lstar_free(s);
	/* Past the first allocation many times over. */
	char want[20000];
	int w = snprintf(want, sizeof want, "%.5000f|%5000s|%Le", 1e-300, "x", 1e4000L);
	assert_int_equal(lstar_asprintf(&s, "%.5000f|%5000s|%Le", 1e-300, "x", 1e4000L), w);
	assert_string_equal(s, want);
	lstar_free(s);
	/* Large enough for the allocator's mapped path. */
	assert_int_equal(lstar_asprintf(&s, "%300000d|", 7), 300001);
	assert_int_equal(strlen(s), 300001);
	assert_string_equal(s + 299999, "7|");
	lstar_free(s);
	lstar_errno = 0;
	assert_int_equal(lstar_asprintf(&s, "%2147483647s%s", "", "x"), -1);
	assert_int_equal(lstar_errno, EOVERFLOW);
}
#endif

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_truncation),
		cmocka_unit_test(test_null_buffer),
		cmocka_unit_test(test_eoverflow),
		cmocka_unit_test(test_sprintf),
		cmocka_unit_test(test_dprintf),
#ifdef LSTAR_HAS_MALLOC
		cmocka_unit_test(test_asprintf),
#endif
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
