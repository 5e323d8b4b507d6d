#include <string.h>
#include "vec.h"

/* Aligned loads only (see vec.h); 64 bytes a step once p is 64-aligned, so
 * the four loads share one cache line and never cross a page. */
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
		if (!((uintptr_t)p & 63)) {
			for (;; p += 64) {
				vec a = vload_a(p), b = vload_a(p + 16), c = vload_a(p + 32), d = vload_a(p + 48);
				vec lo = _mm_min_epu8(_mm_min_epu8(a, b), _mm_min_epu8(c, d));
				if (veq(lo, z))
					break;
			}
		}
		m = veq(vload_a(p), z);
		if (m)
			return p + __builtin_ctz(m) - s;
	}
}
