#include <string.h>
#include "vec.h"

/* Aligned 16-byte blocks: the first may start before s and the last may end
 * after s+n, but an aligned block never crosses a page, so neither faults.
 * C11 also lets a caller pass an n beyond the object when c is sure to be
 * found (strnlen does), so the 64-byte steps start only at a 64-aligned p:
 * one cache line, never a page beyond the last block known to be needed. */
void *memchr(const void *src, int c, size_t n)
{
	const unsigned char *s = src;
	if (!n)
		return 0;
	if (n > SIZE_MAX - 16)	/* "search to the end": no object is that big */
		n = SIZE_MAX - 16;
	vec v = vsplat(c);
	unsigned off = (uintptr_t)s & 15;
	const unsigned char *p = s - off;
	unsigned m = veq(vload_a(p), v) >> off;
	size_t left = n + off;	/* bytes from p to the end of the range */
	if (m) {
		size_t i = __builtin_ctz(m);
		return i < n ? (void *)(s + i) : 0;
	}
	for (;;) {
		if (left <= 16)
			return 0;
		p += 16;
		left -= 16;
		while (left >= 64 && !((uintptr_t)p & 63)) {
			vec a = _mm_cmpeq_epi8(vload_a(p), v), b = _mm_cmpeq_epi8(vload_a(p + 16), v);
			vec x = _mm_cmpeq_epi8(vload_a(p + 32), v), y = _mm_cmpeq_epi8(vload_a(p + 48), v);
			if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(a, b), _mm_or_si128(x, y))))
				break;
			p += 64;
			left -= 64;
		}
		if (!left)
			return 0;
		m = veq(vload_a(p), v);
		if (m) {
			size_t i = __builtin_ctz(m);
			return i < left ? (void *)(p + i) : 0;
		}
	}
}
