#define _GNU_SOURCE
#include <string.h>
#include "vec.h"

/* c is known to occur, so no length bounds the scan; aligned loads never
 * cross into a page the string does not reach (vec.h). */
void *rawmemchr(const void *s, int c)
{
	vec v = vsplat(c);
	unsigned off = (uintptr_t)s & 15;
	const char *p = (const char *)s - off;
	unsigned m = veq(vload_a(p), v) >> off;
	if (m)
		return (char *)s + __builtin_ctz(m);
	for (;;) {
		p += 16;
		m = veq(vload_a(p), v);
		if (m)
			return (char *)p + __builtin_ctz(m);
	}
}
