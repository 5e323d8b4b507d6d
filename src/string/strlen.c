#include <string.h>
#include "vec.h"

/* Aligned loads only: see vec.h. */
size_t strlen(const char *s)
{
	vec z = _mm_setzero_si128();
	unsigned off = (uintptr_t)s & 15;
	const char *p = s - off;
	unsigned m = veq(vload_a(p), z) >> off;
	if (m)
		return __builtin_ctz(m);
	for (;;) {
		p += 16;
		m = veq(vload_a(p), z);
		if (m)
			return p + __builtin_ctz(m) - s;
	}
}
