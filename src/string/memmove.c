#include <string.h>
#include <stdint.h>

void *memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;
	if (d == s || n == 0)
		return dst;
	if ((uintptr_t)d - (uintptr_t)s >= n)	/* no overlap with d after s */
		return memcpy(d, s, n);
	while (n--)
		d[n] = s[n];
	return dst;
}
