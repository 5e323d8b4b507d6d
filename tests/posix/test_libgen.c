/* libgen.h against glibc: dirname and the POSIX basename (__xpg_basename)
 * over every path of up to 7 characters from {'/', 'a', '.'}, comparing
 * the result, where it points (into the argument or not) and what the call
 * left in the argument; the GNU basename over the same paths. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "posix_api.h"

char *__xpg_basename(char *path);
char *dirname(char *path);

typedef char *(*pathfn)(char *);

static void same(pathfn mine, pathfn ref, const char *path, const char *what)
{
	char a[16], b[16];
	memset(a, 'x', sizeof a);
	memset(b, 'x', sizeof b);
	strcpy(a, path);
	strcpy(b, path);
	char *ra = mine(a), *rb = ref(b);
	int ina = ra >= a && ra < a + sizeof a, inb = rb >= b && rb < b + sizeof b;
	if (strcmp(ra, rb) || ina != inb || (ina && ra - a != rb - b) || memcmp(a, b, sizeof a))
		fail_msg("%s(\"%s\"): lstar \"%s\" (in arg %d), glibc \"%s\" (in arg %d)",
			what, path, ra, ina, rb, inb);
}

static char *gnu_ref(char *p) { return basename(p); }
static char *gnu_mine(char *p) { return lstar_basename(p); }

static void each_path(void (*check)(const char *))
{
	static const char alpha[] = "/a.";
	char p[8];
	for (int len = 0; len <= 7; len++) {
		int total = 1;
		for (int i = 0; i < len; i++)
			total *= 3;
		for (int n = 0; n < total; n++) {
			int v = n;
			for (int i = 0; i < len; i++, v /= 3)
				p[i] = alpha[v % 3];
			p[len] = '\0';
			check(p);
		}
	}
}

static void check_dirname(const char *p) { same(lstar_dirname, dirname, p, "dirname"); }
static void check_xpg(const char *p) { same(lstar___xpg_basename, __xpg_basename, p, "basename"); }
static void check_gnu(const char *p) { same(gnu_mine, gnu_ref, p, "GNU basename"); }

static void test_dirname(void **state)
{
	(void)state;
	each_path(check_dirname);
	assert_string_equal(lstar_dirname(NULL), ".");
	char longer[] = "/usr//lib/x86_64-linux-gnu///";
	assert_string_equal(lstar_dirname(longer), "/usr//lib");
}

static void test_xpg_basename(void **state)
{
	(void)state;
	each_path(check_xpg);
	assert_string_equal(lstar___xpg_basename(NULL), ".");
	char longer[] = "/usr//lib/x86_64-linux-gnu///";
	assert_string_equal(lstar___xpg_basename(longer), "x86_64-linux-gnu");
}

static void test_gnu_basename(void **state)
{
	(void)state;
	each_path(check_gnu);
	assert_string_equal(lstar_basename("dir/"), "");
	assert_string_equal(lstar_basename("/usr/lib/libc.a"), "libc.a");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dirname),
		cmocka_unit_test(test_xpg_basename),
		cmocka_unit_test(test_gnu_basename),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
