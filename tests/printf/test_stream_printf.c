/* fprintf/vfprintf and fscanf/vfscanf through lstar's streams, checked
 * against glibc's formatting of the same arguments. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "printf_api.h"

static char path[64];

static int setup(void **state)
{
	(void)state;
	strcpy(path, "/tmp/lstar-printf-XXXXXX");
	int fd = mkstemp(path);
	if (fd < 0)
		return -1;
	close(fd);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	unlink(path);
	return 0;
}

static size_t slurp(char *buf, size_t cap)
{
	FILE *g = fopen(path, "rb");
	size_t n = fread(buf, 1, cap, g);
	fclose(g);
	return n;
}

static char want[1 << 17], got[1 << 17];
static size_t wlen;

static void both(lstar_FILE *f, const char *fmt, ...)
{
	va_list a, b;
	va_start(a, fmt);
	va_copy(b, a);
	int rw = vsnprintf(want + wlen, sizeof want - wlen, fmt, a);
	int rl = lstar_vfprintf(f, fmt, b);
	va_end(b);
	va_end(a);
	assert_int_equal(rw, rl);
	wlen += rw;
}

static void test_fprintf_matches_glibc(void **state)
{
	(void)state;
	lstar_FILE *f = lstar_fopen(path, "w");
	assert_non_null(f);
	wlen = 0;
	both(f, "%d %s %x %5.2f\n", 42, "str", 255u, 3.14159);
	both(f, "[%-10s|%+08.3e|%#o|%a|%Lg]\n", "left", -1234.5678, 8u, 0.1, 1e-4000L);
	both(f, "%.1000f\n", 1e300);       /* one conversion longer than the chunk */
	for (int i = 0; i < 2000; i++)
		both(f, "%5d:%-8x:%.3g:%c%s\n", i, i * 2654435761u, i / 3.0, 'a' + i % 26, i % 7 ? "" : "seven");
	both(f, "%3000d|%s\n", 5, "tail");
	assert_int_equal(lstar_fclose(f), 0);
	size_t n = slurp(got, sizeof got);
	assert_int_equal(n, wlen);
	assert_memory_equal(got, want, n);
}

static void test_fprintf_errors(void **state)
{
	(void)state;
	lstar_FILE *f = lstar_fopen(path, "r");
	assert_non_null(f);
	lstar_errno = 0;
	assert_int_equal(lstar_fprintf(f, "%d", 1), -1);
	assert_true(lstar_ferror(f));
	lstar_fclose(f);
	f = lstar_fopen(path, "w");
	lstar_errno = 0;
	/* The pad that would cross INT_MAX is refused before it is written. */
	assert_int_equal(lstar_fprintf(f, "%s%2147483647s", "x", ""), -1);
	assert_int_equal(lstar_errno, EOVERFLOW);
	lstar_fflush(f);
	struct stat st;
	assert_int_equal(stat(path, &st), 0);
	assert_true(st.st_size <= 4096);
	lstar_fclose(f);
}

static void test_fscanf(void **state)
{
	(void)state;
	FILE *g = fopen(path, "w");
	fputs("  42 hello 0x1f 3.5e2 -7 [abc]xyz 12abc", g);
	fclose(g);
	lstar_FILE *f = lstar_fopen(path, "r");
	assert_non_null(f);
	int a = 0, c = 0, n = 0;
	unsigned x = 0;
	double d = 0;
	char s[16] = "", t[16] = "";
	assert_int_equal(lstar_fscanf(f, "%d %15s %x %lf %d [%15[^]]]%n", &a, s, &x, &d, &c, t, &n), 6);
	assert_int_equal(a, 42);
	assert_string_equal(s, "hello");
	assert_int_equal(x, 0x1f);
	assert_true(d == 350.0);
	assert_int_equal(c, -7);
	assert_string_equal(t, "abc");
	assert_int_equal(n, 30);
	/* The character that ended an item stays in the stream. */
	assert_int_equal(lstar_fscanf(f, "xyz %d", &a), 1);
	assert_int_equal(a, 12);
	assert_int_equal(lstar_fgetc(f), 'a');
	assert_int_equal(lstar_fscanf(f, "%d", &a), 0);
	assert_int_equal(lstar_fscanf(f, "%*s"), 0);
	assert_int_equal(lstar_fscanf(f, "%d", &a), -1);
	lstar_fclose(f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_fprintf_matches_glibc, setup, teardown),
		cmocka_unit_test_setup_teardown(test_fprintf_errors, setup, teardown),
		cmocka_unit_test_setup_teardown(test_fscanf, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
