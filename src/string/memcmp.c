#include <string.h>
#include "vec.h"

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *p = a, *q = b;
	size_t i = 0;
	for (; i + 16 <= n; i += 16) {
		unsigned ne = veq(vload(p + i), vload(q + i)) ^ 0xffff;
		if (ne) {
			i += __builtin_ctz(ne);
			return p[i] - q[i];
		}
	}
	if (n >= 16) {
		/* Last partial block: recompare the final 16 bytes. */
		unsigned ne = veq(vload(p + n - 16), vload(q + n - 16)) ^ 0xffff;
		if (ne) {
			i = n - 16 + __builtin_ctz(ne);
			return p[i] - q[i];
		}
		return 0;
	}
	for (; i < n; i++)
		if (p[i] != q[i])
			return p[i] - q[i];
	return 0;
}
