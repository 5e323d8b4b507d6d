#define _GNU_SOURCE
#include <string.h>
#include "vec.h"

/* Aligned loads only: see vec.h.  A byte matches if it is c or NUL. */
char *strchrnul(const char *s, int c)
{
	vec z = _mm_setzero_si128(), v = vsplat(c);
	unsigned off = (uintptr_t)s & 15;
	const char *p = s - off;
	vec b = vload_a(p);
	unsigned m = (veq(b, z) | veq(b, v)) >> off;
	if (m)
		return (char *)s + __builtin_ctz(m);
	for (;;) {
		p += 16;
		b = vload_a(p);
		m = veq(b, z) | veq(b, v);
		if (m)
			return (char *)p + __builtin_ctz(m);
	}
}
