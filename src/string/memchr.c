#include <string.h>
#include "vec.h"

/* Aligned 16-byte blocks: the first may start before s and the last may end
 * after s+n, but an aligned block never crosses a page, so neither faults. */
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
		m = veq(vload_a(p), v);
		if (m) {
			size_t i = __builtin_ctz(m);
			return i < left ? (void *)(p + i) : 0;
		}
	}
}
