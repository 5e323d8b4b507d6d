#define _GNU_SOURCE
#include <string.h>
#include "vec.h"

void *memrchr(const void *src, int c, size_t n)
{
	const unsigned char *s = src;
	vec v = vsplat(c);
	while (n >= 16) {
		unsigned m = veq(vload(s + n - 16), v);
		if (m)
			return (void *)(s + n - 16 + (31 - __builtin_clz(m)));
		n -= 16;
	}
	while (n--)
		if (s[n] == (unsigned char)c)
			return (void *)(s + n);
	return 0;
}
