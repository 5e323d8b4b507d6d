/* wchar.h, wctype.h and the stdlib.h multibyte functions against glibc,
 * both in the C locale (the runner never calls setlocale): every byte and
 * every code point up to 0x110000 plus negative and huge values, the
 * string conversions' results, errno and where they leave *src, and the
 * wide string functions over random strings with signed values. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>
#include <cmocka.h>
#include "posix_api.h"

/* Every value a wint_t/wchar_t test should see: all of Unicode, the
 * surrogates, and the values around WEOF and the sign bit. */
static int next_value(uint32_t *v)
{
	if (*v < 0x110000) {
		++*v;
		return 1;
	}
	static const uint32_t extra[] = { 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff, 0 };
	for (int i = 0; extra[i]; i++)
		if (*v < extra[i]) {
			*v = extra[i];
			return 1;
		}
	return 0;
}

static void test_classes(void **state)
{
	(void)state;
	int (*const g[])(wint_t) = { iswalnum, iswalpha, iswblank, iswcntrl, iswdigit,
		iswgraph, iswlower, iswprint, iswpunct, iswspace, iswupper, iswxdigit };
	int (*const l[])(wint_t) = { lstar_iswalnum, lstar_iswalpha, lstar_iswblank,
		lstar_iswcntrl, lstar_iswdigit, lstar_iswgraph, lstar_iswlower, lstar_iswprint,
		lstar_iswpunct, lstar_iswspace, lstar_iswupper, lstar_iswxdigit };
	static const char *const names[] = { "alnum", "alpha", "blank", "cntrl", "digit",
		"graph", "lower", "print", "punct", "space", "upper", "xdigit" };
	unsigned long types[12];
	for (int i = 0; i < 12; i++) {
		types[i] = lstar_wctype(names[i]);
		assert_true(types[i] != 0);
	}
	assert_int_equal(lstar_wctype("foo"), 0);
	assert_int_equal(lstar_wctype(""), 0);
	const int *lo = lstar_wctrans("tolower"), *up = lstar_wctrans("toupper");
	assert_non_null(lo);
	assert_non_null(up);
	assert_null(lstar_wctrans("totitle"));

	uint32_t v = 0;
	do {
		wint_t wc = v;
		for (int i = 0; i < 12; i++) {
			int want = g[i](wc) != 0;
			if ((l[i](wc) != 0) != want || (lstar_iswctype(wc, types[i]) != 0) != want)
				fail_msg("isw%s(%#x): glibc %d", names[i], v, want);
		}
		if (lstar_towlower(wc) != towlower(wc) || lstar_towupper(wc) != towupper(wc) ||
		    lstar_towctrans(wc, lo) != towlower(wc) || lstar_towctrans(wc, up) != towupper(wc))
			fail_msg("tow*(%#x)", v);
		if (lstar_wctob(wc) != wctob(wc))
			fail_msg("wctob(%#x): lstar %d glibc %d", v, lstar_wctob(wc), wctob(wc));
	} while (next_value(&v));
	for (int c = -300; c < 300; c++)
		assert_int_equal(lstar_btowc(c), btowc(c));
}

static void test_single_conversions(void **state)
{
	(void)state;
	for (int b = 0; b < 256; b++) {
		char s[2] = { (char)b, 'z' };
		for (size_t n = 0; n < 3; n++) {
			mbstate_t gs, ls;
			memset(&gs, 0, sizeof gs);
			memset(&ls, 0, sizeof ls);
			wchar_t gw = 77, lw = 77;
			errno = lstar_errno = 0;
			size_t gr = mbrtowc(&gw, s, n, &gs);
			int ge = errno;
			size_t lr = lstar_mbrtowc(&lw, s, n, &ls);
			if (gr != lr || gw != lw || ge != lstar_errno || memcmp(&gs, &ls, sizeof gs))
				fail_msg("mbrtowc(%#x, n=%zu): glibc %zd/%d/%d lstar %zd/%d/%d", b, n,
					(ssize_t)gr, gw, ge, (ssize_t)lr, lw, lstar_errno);
			assert_int_equal(lstar_mbrlen(s, n, &ls), mbrlen(s, n, &gs));
			errno = lstar_errno = 0;
			gw = lw = 77;
			int g = mbtowc(&gw, s, n);
			ge = errno;
			assert_int_equal(lstar_mbtowc(&lw, s, n), g);
			assert_int_equal(lw, gw);
			assert_int_equal(lstar_errno, ge);
			assert_int_equal(lstar_mblen(s, n), mblen(s, n));
		}
	}
	assert_int_equal(lstar_mbrtowc(NULL, NULL, 5, NULL), mbrtowc(NULL, NULL, 5, NULL));
	assert_int_equal(lstar_mbrtowc(NULL, "a", 1, NULL), 1);
	assert_int_equal(lstar_mbtowc(NULL, NULL, 0), mbtowc(NULL, NULL, 0));
	assert_int_equal(lstar_mblen(NULL, 0), mblen(NULL, 0));
	assert_int_equal(lstar_wctomb(NULL, 0), wctomb(NULL, 0));

	uint32_t v = 0;
	do {
		/* glibc's converters drop Unicode tag characters (U+E0000..U+E007F)
		 * without a word: wcrtomb "stores" 0 bytes.  lstar reports EILSEQ
		 * as for any other character outside the C locale. */
		if (v >= 0xe0000 && v <= 0xe007f) {
			char b[2] = "x";
			lstar_errno = 0;
			assert_int_equal(lstar_wcrtomb(b, (wchar_t)v, NULL), (size_t)-1);
			assert_int_equal(lstar_errno, EILSEQ);
			continue;
		}
		char gb[8] = "xxxxxxx", lb[8] = "xxxxxxx";
		errno = lstar_errno = 0;
		size_t gr = wcrtomb(gb, (wchar_t)v, NULL);
		int ge = errno;
		size_t lr = lstar_wcrtomb(lb, (wchar_t)v, NULL);
		if (gr != lr || ge != lstar_errno || memcmp(gb, lb, sizeof gb))
			fail_msg("wcrtomb(%#x): glibc %zd/%d lstar %zd/%d", v, (ssize_t)gr, ge, (ssize_t)lr, lstar_errno);
		errno = lstar_errno = 0;
		int g = wctomb(gb, (wchar_t)v);
		ge = errno;
		if (lstar_wctomb(lb, (wchar_t)v) != g || ge != lstar_errno || memcmp(gb, lb, sizeof gb))
			fail_msg("wctomb(%#x)", v);
	} while (next_value(&v));
	assert_int_equal(lstar_wcrtomb(NULL, 0x1234, NULL), wcrtomb(NULL, 0x1234, NULL));

	mbstate_t st;
	memset(&st, 0, sizeof st);
	assert_true(lstar_mbsinit(&st));
	assert_true(lstar_mbsinit(NULL));
	st.__count = 1;
	assert_int_equal(lstar_mbsinit(&st) != 0, mbsinit(&st) != 0);
}

/* Both directions over strings with a bad byte or character at every
 * position, every len, with and without dst. */
static void test_string_conversions(void **state)
{
	(void)state;
	static const char *const texts[] = { "", "a", "hello, world", "x\x80y", "\xff",
		"abc\xc3\xa9", "\x7f\x01" };
	for (size_t t = 0; t < sizeof texts / sizeof *texts; t++) {
		for (size_t len = 0; len < 16; len++) {
			for (int with_dst = 0; with_dst < 2; with_dst++) {
				wchar_t gd[16], ld[16];
				wmemset(gd, 0x55, 16);
				wmemset(ld, 0x55, 16);
				const char *gs = texts[t], *ls = texts[t];
				errno = lstar_errno = 0;
				size_t gr = mbsrtowcs(with_dst ? gd : NULL, &gs, len, NULL);
				int ge = errno;
				size_t lr = lstar_mbsrtowcs(with_dst ? ld : NULL, &ls, len, NULL);
				if (gr != lr || gs != ls || ge != lstar_errno || wmemcmp(gd, ld, 16))
					fail_msg("mbsrtowcs(\"%s\", len %zu, dst %d): glibc %zd src+%td errno %d, "
						"lstar %zd src+%td errno %d", texts[t], len, with_dst,
						(ssize_t)gr, gs ? gs - texts[t] : -1, ge,
						(ssize_t)lr, ls ? ls - texts[t] : -1, lstar_errno);
				if (!with_dst || gr == (size_t)-1)
					continue;

				/* Back again from what glibc produced, plus a bad character. */
				wchar_t w[20];
				size_t k = 0;
				for (; k < gr; k++)
					w[k] = gd[k];
				w[k++] = (wchar_t)(t & 1 ? 0x100 : -5);
				w[k] = 0;
				for (size_t cut = 0; cut <= k; cut++) {
					wchar_t tmp[20];
					wmemcpy(tmp, w, 20);
					if (cut < k)
						tmp[cut] = 0;
					char gb[24], lb[24];
					memset(gb, 'q', sizeof gb);
					memset(lb, 'q', sizeof lb);
					const wchar_t *gw = tmp, *lw = tmp;
					errno = lstar_errno = 0;
					gr = wcsrtombs(gb, &gw, len, NULL);
					ge = errno;
					lr = lstar_wcsrtombs(lb, &lw, len, NULL);
					if (gr != lr || gw != lw || ge != lstar_errno || memcmp(gb, lb, sizeof gb))
						fail_msg("wcsrtombs(%zu chars, cut %zu, len %zu)", k, cut, len);
					gw = lw = tmp;
					assert_int_equal(lstar_wcsrtombs(NULL, &lw, 0, NULL), wcsrtombs(NULL, &gw, 0, NULL));
					assert_ptr_equal(lw, gw);
					assert_int_equal(lstar_wcstombs(lb, tmp, len), wcstombs(gb, tmp, len));
					assert_memory_equal(lb, gb, sizeof gb);
				}
			}
			wchar_t gd[16], ld[16];
			assert_int_equal(lstar_mbstowcs(ld, texts[t], len), mbstowcs(gd, texts[t], len));
			assert_int_equal(lstar_mbstowcs(NULL, texts[t], 0), mbstowcs(NULL, texts[t], 0));
		}
	}
}

static uint64_t rng = 88172645463325252ULL;

static wchar_t rnd_wc(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	static const wchar_t pool[] = { 1, 2, 'a', 'b', 0x7fffffff, -1, -0x7fffffff - 1, 0x10ffff, 0 };
	return pool[rng % (sizeof pool / sizeof *pool)];
}

static int sign(int x) { return (x > 0) - (x < 0); }

static void test_wide_strings(void **state)
{
	(void)state;
	for (int round = 0; round < 20000; round++) {
		wchar_t a[12], b[12];
		for (int i = 0; i < 11; i++) {
			a[i] = rnd_wc();
			b[i] = rng & 64 ? a[i] : rnd_wc();
		}
		a[11] = b[11] = 0;
		size_t n = rng % 13;
		wchar_t c = rnd_wc();
		assert_int_equal(lstar_wcslen(a), wcslen(a));
		assert_int_equal(sign(lstar_wcscmp(a, b)), sign(wcscmp(a, b)));
		assert_int_equal(sign(lstar_wcsncmp(a, b, n)), sign(wcsncmp(a, b, n)));
		assert_int_equal(sign(lstar_wmemcmp(a, b, n < 12 ? n : 12)), sign(wmemcmp(a, b, n < 12 ? n : 12)));
		assert_ptr_equal(lstar_wcschr(a, c), wcschr(a, c));
		assert_ptr_equal(lstar_wcsrchr(a, c), wcsrchr(a, c));
		assert_ptr_equal(lstar_wmemchr(a, c, n < 12 ? n : 12), wmemchr(a, c, n < 12 ? n : 12));

		wchar_t g[30], l[30];
		wmemset(g, 9, 30);
		wmemset(l, 9, 30);
		assert_ptr_equal(lstar_wcsncpy(l, a, n), l);
		wcsncpy(g, a, n);
		assert_memory_equal(g, l, sizeof g);
		assert_ptr_equal(lstar_wcscpy(l, b), l);
		wcscpy(g, b);
		assert_ptr_equal(lstar_wcscat(l, a), l);
		wcscat(g, a);
		assert_memory_equal(g, l, sizeof g);
		assert_ptr_equal(lstar_wmemset(l + 3, c, n), l + 3);
		wmemset(g + 3, c, n);
		assert_ptr_equal(lstar_wmemmove(l + 1, l + 2, n), l + 1);
		wmemmove(g + 1, g + 2, n);
		assert_ptr_equal(lstar_wmemmove(l + 5, l + 1, n), l + 5);
		wmemmove(g + 5, g + 1, n);
		assert_ptr_equal(lstar_wmemcpy(l + 17, a, n), l + 17);
		wmemcpy(g + 17, a, n);
		assert_memory_equal(g, l, sizeof g);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_classes),
		cmocka_unit_test(test_single_conversions),
		cmocka_unit_test(test_string_conversions),
		cmocka_unit_test(test_wide_strings),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
