/*
 * Two-way string matching (Crochemore and Perrin, 1991), shared by strstr
 * and memmem: O(n + m) time and O(1) space in the worst case, so a
 * pathological needle such as "aaa...ab" cannot make a search quadratic.
 *
 * With string != 0 the haystack is NUL-terminated and its length unknown:
 * it is measured (strnlen) only as far as the next window needs, so a
 * match near the start of a long string costs no more than the match.
 */
#ifndef LSTAR_TWOWAY_H
#define LSTAR_TWOWAY_H
#include <string.h>
#include <stddef.h>

/* Start of the maximal suffix of x[0..m) under < (rev = 0) or > (rev =
 * 1), minus one, and its period in *p. */
static ptrdiff_t max_suffix(const unsigned char *x, ptrdiff_t m, ptrdiff_t *p, int rev)
{
	ptrdiff_t ms = -1, j = 0, k = 1;
	*p = 1;
	while (j + k < m) {
		unsigned char a = x[j + k], b = x[ms + k];
		if (rev ? a > b : a < b) {
			j += k;
			k = 1;
			*p = j - ms;
		} else if (a == b) {
			if (k != *p) {
				k++;
			} else {
				j += *p;
				k = 1;
			}
		} else {
			ms = j++;
			k = *p = 1;
		}
	}
	return ms;
}

/* Is the window at y+j (needing `need` bytes) inside the haystack? */
static int window_fits(const unsigned char *y, size_t *known, size_t need, int string)
{
	if (need <= *known)
		return 1;
	if (!string)
		return 0;
	size_t want = need - *known + 256;
	*known += strnlen((const char *)y + *known, want);
	return need <= *known;
}

static unsigned char *twoway(const unsigned char *y, size_t n, const unsigned char *x,
	ptrdiff_t m, int string)
{
	ptrdiff_t p, q, per, ell;
	ptrdiff_t i = max_suffix(x, m, &p, 0), j = max_suffix(x, m, &q, 1);
	size_t known = string ? 0 : n;
	if (i > j) {
		ell = i;
		per = p;
	} else {
		ell = j;
		per = q;
	}
	if (!memcmp(x, x + per, ell + 1)) {
		/* periodic needle: remember how much of the period matched */
		ptrdiff_t memory = -1;
		for (size_t pos = 0; window_fits(y, &known, pos + m, string);) {
			i = (ell > memory ? ell : memory) + 1;
			while (i < m && x[i] == y[pos + i])
				i++;
			if (i >= m) {
				i = ell;
				while (i > memory && x[i] == y[pos + i])
					i--;
				if (i <= memory)
					return (unsigned char *)y + pos;
				pos += per;
				memory = m - per - 1;
			} else {
				pos += i - ell;
				memory = -1;
			}
		}
		return 0;
	}
	per = (ell + 1 > m - ell - 1 ? ell + 1 : m - ell - 1) + 1;
	for (size_t pos = 0; window_fits(y, &known, pos + m, string);) {
		i = ell + 1;
		while (i < m && x[i] == y[pos + i])
			i++;
		if (i >= m) {
			i = ell;
			while (i >= 0 && x[i] == y[pos + i])
				i--;
			if (i < 0)
				return (unsigned char *)y + pos;
			pos += per;
		} else {
			pos += i - ell;
		}
	}
	return 0;
}
#endif
