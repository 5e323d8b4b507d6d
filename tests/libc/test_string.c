/* string.h differential tests: every function against the host glibc, over
 * all alignments and lengths 0..300, overlaps, and buffers that end at an
 * unmapped page (a read past the end would fault). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <ctype.h>
#include <sys/mman.h>
#include <unistd.h>
#include <cmocka.h>
#include "libc_api.h"

int __xpg_strerror_r(int e, char *buf, size_t n);

#define MAXN 300
#define PAD 64

static unsigned char A[MAXN + 2 * PAD], B[MAXN + 2 * PAD], C[MAXN + 2 * PAD];
static uint64_t rng = 88172645463325252ULL;

static unsigned rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)rng;
}

static void fill(unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		p[i] = (unsigned char)rnd();
}

static int sign(int x) { return (x > 0) - (x < 0); }

static void test_memcpy_memset_alignments(void **state)
{
	(void)state;
	for (int so = 0; so < 16; so++)
		for (int d = 0; d < 16; d++)
			for (size_t n = 0; n <= MAXN; n++) {
				fill(A, sizeof A);
				fill(B, sizeof B);
				memcpy(C, B, sizeof C);
				assert_ptr_equal(lstar_memcpy(B + PAD + d, A + PAD + so, n), B + PAD + d);
				memcpy(C + PAD + d, A + PAD + so, n);
				assert_memory_equal(B, C, sizeof B);

				int c = (rnd() & 0xff) | (rnd() & 1 ? 0x100 : 0);
				assert_ptr_equal(lstar_memset(B + PAD + d, c, n), B + PAD + d);
				memset(C + PAD + d, c, n);
				assert_memory_equal(B, C, sizeof B);
			}
}

static void test_memmove_overlaps(void **state)
{
	(void)state;
	static unsigned char buf[MAXN + 3 * PAD], ref[MAXN + 3 * PAD];
	for (int so = 0; so < 48; so++)
		for (int d = 0; d < 48; d++)
			for (size_t n = 0; n <= MAXN; n += (n < 80 ? 1 : 7)) {
				fill(buf, sizeof buf);
				memcpy(ref, buf, sizeof buf);
				assert_ptr_equal(lstar_memmove(buf + PAD + d, buf + PAD + so, n), buf + PAD + d);
				memmove(ref + PAD + d, ref + PAD + so, n);
				assert_memory_equal(buf, ref, sizeof buf);
				lstar_bcopy(buf + PAD + so, buf + PAD + d, n);
				memmove(ref + PAD + d, ref + PAD + so, n);
				assert_memory_equal(buf, ref, sizeof buf);
			}
	/* large overlapping moves, both directions */
	static unsigned char big[1 << 16], bigref[1 << 16];
	for (int i = 0; i < 40; i++) {
		size_t n = rnd() % 30000, s = rnd() % 30000, dd = rnd() % 30000;
		fill(big, sizeof big);
		memcpy(bigref, big, sizeof big);
		lstar_memmove(big + dd, big + s, n);
		memmove(bigref + dd, bigref + s, n);
		assert_memory_equal(big, bigref, sizeof big);
	}
}

static void test_memcmp_memchr(void **state)
{
	(void)state;
	for (int ao = 0; ao < 16; ao++)
		for (int bo = 0; bo < 16; bo++)
			for (size_t n = 0; n <= MAXN; n++) {
				fill(A, sizeof A);
				memcpy(B + PAD + bo, A + PAD + ao, n);
				assert_int_equal(lstar_memcmp(A + PAD + ao, B + PAD + bo, n), 0);
				assert_int_equal(lstar_bcmp(A + PAD + ao, B + PAD + bo, n), 0);
				if (n) {
					size_t k = rnd() % n;
					B[PAD + bo + k] ^= 1 << (rnd() % 8);
					assert_int_equal(sign(lstar_memcmp(A + PAD + ao, B + PAD + bo, n)),
							 sign(memcmp(A + PAD + ao, B + PAD + bo, n)));
				}
				/* memchr / memrchr for a byte that occurs 0..few times */
				unsigned char *s = A + PAD + ao;
				for (size_t i = 0; i < n; i++)
					s[i] = 'a' + rnd() % 16;
				int c = 'a' + rnd() % 20;
				assert_ptr_equal(lstar_memchr(s, c, n), memchr(s, c, n));
				assert_ptr_equal(lstar_memrchr(s, c, n), memrchr(s, c, n));
				assert_ptr_equal(lstar_memchr(s, c | 0x100, n), memchr(s, c | 0x100, n));
			}
}

/* A random NUL-terminated string of length n at p, letters a..p. */
static char *mkstr(unsigned char *p, size_t n, int alpha)
{
	for (size_t i = 0; i < n; i++)
		p[i] = 'a' + rnd() % alpha;
	p[n] = 0;
	return (char *)p;
}

static void test_str_scan(void **state)
{
	(void)state;
	for (int ao = 0; ao < 16; ao++)
		for (size_t n = 0; n <= MAXN; n++) {
			fill(A, sizeof A);
			char *s = mkstr(A + PAD + ao, n, 20);
			assert_int_equal(lstar_strlen(s), n);
			for (size_t m = 0; m <= n + 2; m += 1 + n / 8)
				assert_int_equal(lstar_strnlen(s, m), strnlen(s, m));
			for (int k = 0; k < 4; k++) {
				int c = k == 3 ? 0 : 'a' + rnd() % 24;
				assert_ptr_equal(lstar_strchr(s, c), strchr(s, c));
				assert_ptr_equal(lstar_strrchr(s, c), strrchr(s, c));
				assert_ptr_equal(lstar_strchrnul(s, c), strchrnul(s, c));
				assert_ptr_equal(lstar_index(s, c), index(s, c));
				assert_ptr_equal(lstar_rindex(s, c), rindex(s, c));
			}
			char acc[5];
			mkstr((unsigned char *)acc, rnd() % 5, 20);
			assert_int_equal(lstar_strspn(s, acc), strspn(s, acc));
			assert_int_equal(lstar_strcspn(s, acc), strcspn(s, acc));
			assert_ptr_equal(lstar_strpbrk(s, acc), strpbrk(s, acc));
		}
}

static void test_str_copy_cmp(void **state)
{
	(void)state;
	for (int ao = 0; ao < 16; ao++)
		for (int bo = 0; bo < 16; bo += 3)
			for (size_t n = 0; n <= MAXN; n += 1 + (n > 40) * 5) {
				fill(A, sizeof A);
				fill(B, sizeof B);
				memcpy(C, B, sizeof C);
				char *s = mkstr(A + PAD + ao, n, 3);
				char *d = (char *)B + PAD + bo, *r = (char *)C + PAD + bo;
				assert_ptr_equal(lstar_strcpy(d, s), d);
				strcpy(r, s);
				assert_memory_equal(B, C, sizeof B);
				assert_ptr_equal(lstar_stpcpy(d, s), stpcpy(r, s) - r + d);
				size_t m = rnd() % (n + 3);
				assert_ptr_equal(lstar_stpncpy(d, s, m), stpncpy(r, s, m) - r + d);
				assert_memory_equal(B, C, sizeof B);
				lstar_strncpy(d, s, m);
				strncpy(r, s, m);
				assert_memory_equal(B, C, sizeof B);
				assert_ptr_equal(lstar_mempcpy(d, s, m), d + m);
				memcpy(r, s, m);
				assert_memory_equal(B, C, sizeof B);

				/* compare against a mutated copy */
				strcpy(d, s);
				if (n && rnd() % 2)
					d[rnd() % n] = 'a' + rnd() % 4;
				if (rnd() % 4 == 0)
					d[rnd() % (n + 1)] = 0;
				assert_int_equal(sign(lstar_strcmp(s, d)), sign(strcmp(s, d)));
				assert_int_equal(sign(lstar_strcoll(s, d)), sign(strcmp(s, d)));
				assert_int_equal(sign(lstar_strncmp(s, d, m)), sign(strncmp(s, d, m)));
				char *u = strdup(d);
				for (char *q = u; *q; q++)
					if (rnd() % 2)
						*q = (char)toupper(*q);
				assert_int_equal(sign(lstar_strcasecmp(s, u)), sign(strcasecmp(s, u)));
				assert_int_equal(sign(lstar_strncasecmp(s, u, m)), sign(strncasecmp(s, u, m)));
				free(u);

				/* needles */
				char nd[6];
				mkstr((unsigned char *)nd, rnd() % 4, 3);
				assert_ptr_equal(lstar_strstr(s, nd), strstr(s, nd));
				assert_ptr_equal(lstar_strcasestr(s, nd), strcasestr(s, nd));
				assert_ptr_equal(lstar_memmem(s, n, nd, strlen(nd)), memmem(s, n, nd, strlen(nd)));
			}
}

static void test_str_cat_dup(void **state)
{
	(void)state;
	char a[1000], b[1000];
	for (size_t n = 0; n <= MAXN; n++) {
		char *s = mkstr(A + PAD, n, 26);
		size_t k = rnd() % (n + 1), m = rnd() % (n + 2);
		mkstr((unsigned char *)a, k, 26);
		strcpy(b, a);
		assert_ptr_equal(lstar_strcat(a, s), a);
		strcat(b, s);
		assert_string_equal(a, b);
		assert_ptr_equal(lstar_strncat(a, s, m), a);
		strncat(b, s, m);
		assert_string_equal(a, b);

		char *d = lstar_strdup(s);
		assert_string_equal(d, s);
		char *e = lstar_strndup(s, m);
		assert_int_equal(strlen(e), m < n ? m : n);
		assert_memory_equal(e, s, strlen(e));
		/* lstar's allocations are freed with lstar's free */
		lstar_free(d);
		lstar_free(e);

		memset(a, 'x', sizeof a);
		size_t cap = rnd() % (n + 3);
		assert_int_equal(lstar_strlcpy(a, s, cap), n);
		if (cap) {
			assert_int_equal(strlen(a), n < cap ? n : cap - 1);
			assert_memory_equal(a, s, strlen(a));
		} else {
			assert_int_equal(a[0], 'x');
		}
		strcpy(a, "pre");
		assert_int_equal(lstar_strlcat(a, s, 10), 3 + n);
		assert_int_equal(strlen(a), 3 + n < 10 ? 3 + n : 9);

		void *p = lstar_memccpy(b, s, 'c', n);
		void *q = memccpy(a, s, 'c', n);
		assert_int_equal(p ? (char *)p - b : -1, q ? (char *)q - a : -1);
	}
	memset(a, 'x', 10);
	assert_int_equal(lstar_strlcat(a, "abc", 5), 5 + 3);	/* no NUL in dst */
	assert_int_equal(lstar_strxfrm(a, "hello", 10), 5);
	assert_string_equal(a, "hello");
	assert_int_equal(lstar_strxfrm(a, "hello world", 3), 11);
}

static void test_tokens(void **state)
{
	(void)state;
	const char *inputs[] = { "", "a", ",,a,,b,,", "a b\tc", ",,,", "abc,def;ghi", ";x;" };
	for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) {
		char x[32], y[32];
		strcpy(x, inputs[i]);
		strcpy(y, inputs[i]);
		char *sx, *sy, *tx = lstar_strtok_r(x, ",; \t", &sx), *ty = strtok_r(y, ",; \t", &sy);
		for (;;) {
			assert_int_equal(tx ? tx - x : -1, ty ? ty - y : -1);
			if (!tx)
				break;
			tx = lstar_strtok_r(NULL, ",; \t", &sx);
			ty = strtok_r(NULL, ",; \t", &sy);
		}
		strcpy(x, inputs[i]);
		strcpy(y, inputs[i]);
		tx = lstar_strtok(x, ",;");
		ty = strtok(y, ",;");
		for (;;) {
			assert_int_equal(tx ? tx - x : -1, ty ? ty - y : -1);
			if (!tx)
				break;
			tx = lstar_strtok(NULL, ",;");
			ty = strtok(NULL, ",;");
		}
		strcpy(x, inputs[i]);
		strcpy(y, inputs[i]);
		char *px = x, *py = y;
		for (;;) {
			tx = lstar_strsep(&px, ",;");
			ty = strsep(&py, ",;");
			assert_int_equal(tx ? tx - x : -1, ty ? ty - y : -1);
			assert_int_equal(px ? px - x : -1, py ? py - y : -1);
			if (!tx)
				break;
		}
	}
}

/* Needles up to 40 bytes over two letters: periodic and aperiodic needles,
 * and matches near the end of the haystack, exercise both two-way cases. */
static void test_search_long_needles(void **state)
{
	(void)state;
	char h[2100], n[64];
	for (int round = 0; round < 20000; round++) {
		size_t hl = rnd() % 2000, nl = 1 + rnd() % 40;
		int alpha = 2 + rnd() % 2;
		mkstr((unsigned char *)h, hl, alpha);
		mkstr((unsigned char *)n, nl, alpha);
		if (hl >= nl && rnd() % 2)	/* plant it, often near the end */
			memcpy(h + hl - nl - rnd() % (hl - nl + 1) / (1 + rnd() % 50), n, nl);
		assert_ptr_equal(lstar_strstr(h, n), strstr(h, n));
		assert_ptr_equal(lstar_memmem(h, hl, n, nl), memmem(h, hl, n, nl));
	}
	/* the classic quadratic case stays fast: "aaa...a" vs "aaa...ab" */
	static char big[1 << 20], pat[1 << 12];
	memset(big, 'a', sizeof big - 1);
	memset(pat, 'a', sizeof pat - 1);
	pat[sizeof pat - 2] = 'b';
	assert_null(lstar_strstr(big, pat));
	assert_null(lstar_memmem(big, sizeof big - 1, pat, sizeof pat - 1));
}

static void test_misc(void **state)
{
	(void)state;
	for (int i = -200; i < 200; i++) {
		int v = (int)((unsigned)i * 12345677u);
		long l = (long)((unsigned long)v << 20);
		long long ll = (long long)((unsigned long long)v << 31);
		assert_int_equal(lstar_ffs(v), ffs(v));
		assert_int_equal(lstar_ffsl(l), ffsl(l));
		assert_int_equal(lstar_ffsll(ll), ffsll(ll));
	}
	assert_int_equal(lstar_ffs(0), 0);
	assert_int_equal(lstar_ffs(INT32_MIN), 32);
	char z[40];
	memset(z, 1, sizeof z);
	lstar_bzero(z + 3, 30);
	lstar_explicit_bzero(z + 35, 2);
	for (int i = 0; i < 40; i++)
		assert_int_equal(z[i], (i >= 3 && i < 33) || i == 35 || i == 36 ? 0 : 1);
}

static void test_strerror_strsignal(void **state)
{
	(void)state;
	for (int e = -3; e < 140; e++) {
		assert_string_equal(lstar_strerror(e), strerror(e));
		char a[64], b[64];
		char *g = lstar_strerror_r(e, a, sizeof a);
		assert_string_equal(g, strerror_r(e, b, sizeof b));
		int rx = lstar___xpg_strerror_r(e, a, sizeof a);
		int ry = __xpg_strerror_r(e, b, sizeof b);
		assert_int_equal(rx, ry);
		assert_string_equal(a, b);
		rx = lstar___xpg_strerror_r(e, a, 6);
		ry = __xpg_strerror_r(e, b, 6);
		assert_int_equal(rx, ry);
		assert_string_equal(a, b);
	}
	for (int s = -2; s < 70; s++)
		assert_string_equal(lstar_strsignal(s), strsignal(s));
}

/* Strings that end exactly at a PROT_NONE page: an over-read faults. */
static void test_page_end(void **state)
{
	(void)state;
	long pg = sysconf(_SC_PAGESIZE);
	unsigned char *m = mmap(NULL, 2 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	assert_ptr_not_equal(m, MAP_FAILED);
	assert_int_equal(mprotect(m + pg, pg, PROT_NONE), 0);
	unsigned char *end = m + pg;
	memset(m, 'q', pg);
	for (size_t n = 0; n < 100; n++) {
		char *s = (char *)end - n - 1;
		s[n] = 0;
		assert_int_equal(lstar_strlen(s), n);
		assert_int_equal(lstar_strnlen(s, n + 50), n);
		assert_null(lstar_strchr(s, 'z'));
		assert_ptr_equal(lstar_strchrnul(s, 'z'), s + n);
		assert_ptr_equal(lstar_strrchr(s, 'z'), NULL);
		assert_int_equal(lstar_strcmp(s, s), 0);
		assert_null(lstar_memchr(end - n, 'z', n));
		assert_null(lstar_memrchr(end - n, 'z', n));
		assert_int_equal(lstar_memcmp(end - n, end - n, n), 0);
		char *dup = lstar_strdup(s);
		assert_string_equal(dup, s);
		lstar_free(dup);
		assert_ptr_equal(lstar_strstr(s, "qqz"), NULL);
		s[n] = 'q';
	}
	/* the mem* copies: source or destination ending at the guard page */
	static unsigned char src[400];
	fill(src, sizeof src);
	for (size_t n = 0; n < 400; n++) {
		lstar_memcpy(end - n, src, n);
		assert_memory_equal(end - n, src, n);
		lstar_memset(end - n, 7, n);
		lstar_memmove(end - n, src, n);
		assert_memory_equal(end - n, src, n);
		unsigned char out[400];
		lstar_memcpy(out, end - n, n);
		lstar_memmove(out, end - n, n);
		assert_memory_equal(out, src, n);
		lstar_memmove(end - n, end - n + (n > 3), n - (n > 3));	/* overlapping, at the edge */
		assert_int_equal(lstar_memcmp(end - n, end - n, n), 0);
	}
	munmap(m, 2 * pg);
}

static int vsign(int v)
{
	return (v > 0) - (v < 0);
}

/* Version order against glibc: every pair of strings of up to 4 bytes
 * over digits, a letter and a dot (610,000 pairs: each rule of the order
 * meets each kind of neighbour), the man page's chain, and long runs. */
static void test_strverscmp(void **state)
{
	(void)state;
	static const char alpha[] = "019a.";
	static char strs[781][5];
	int n = 0;
	for (int len = 0; len <= 4; len++) {
		int count = 1;
		for (int k = 0; k < len; k++)
			count *= 5;
		for (int v = 0; v < count; v++, n++)
			for (int k = 0, x = v; k < len; k++, x /= 5)
				strs[n][k] = alpha[x % 5];
	}
	long bad = 0;
	for (int i = 0; i < n; i++)
		for (int j = 0; j < n; j++)
			if (vsign(lstar_strverscmp(strs[i], strs[j])) != vsign(strverscmp(strs[i], strs[j])) && bad++ < 10)
				print_message("strverscmp(\"%s\", \"%s\"): lstar %d glibc %d\n", strs[i], strs[j],
					      lstar_strverscmp(strs[i], strs[j]), strverscmp(strs[i], strs[j]));
	assert_int_equal(bad, 0);
	/* strverscmp(3): each sorts before the next */
	static const char *chain[] = { "000", "00", "01", "010", "09", "0", "1", "9", "10",
				       "item#99", "item#100", "jan2", "jan10", "v1.9.9", "v1.10",
				       "v1.10.0", "v1.10.0a" };
	for (size_t i = 0; i + 1 < sizeof chain / sizeof *chain; i++) {
		assert_true(lstar_strverscmp(chain[i], chain[i + 1]) < 0);
		assert_true(lstar_strverscmp(chain[i + 1], chain[i]) > 0);
	}
	static const char *longs[] = { "a123456789012345678901234567890b", "a123456789012345678901234567891",
				       "a0000000000000000001", "a000000000000000001", "x\xff" "9", "x\xff" "10",
				       "1.0000123", "1.000013", "" };
	for (size_t i = 0; i < sizeof longs / sizeof *longs; i++)
		for (size_t j = 0; j < sizeof longs / sizeof *longs; j++)
			assert_int_equal(vsign(lstar_strverscmp(longs[i], longs[j])), vsign(strverscmp(longs[i], longs[j])));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_memcpy_memset_alignments),
		cmocka_unit_test(test_memmove_overlaps),
		cmocka_unit_test(test_memcmp_memchr),
		cmocka_unit_test(test_str_scan),
		cmocka_unit_test(test_str_copy_cmp),
		cmocka_unit_test(test_str_cat_dup),
		cmocka_unit_test(test_tokens),
		cmocka_unit_test(test_search_long_needles),
		cmocka_unit_test(test_misc),
		cmocka_unit_test(test_strerror_strsignal),
		cmocka_unit_test(test_page_end),
		cmocka_unit_test(test_strverscmp),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
