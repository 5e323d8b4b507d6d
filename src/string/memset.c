#include <string.h>
#include <stdint.h>

void *memset(void *dst, int c, size_t n)
{
	unsigned char *d = dst;
	uint64_t w = (unsigned char)c * 0x0101010101010101ULL;
	for (; ((uintptr_t)d & 7) && n; n--)
		*d++ = (unsigned char)c;
	for (; n >= 8; n -= 8, d += 8)
		*(uint64_t *)d = w;
	for (; n; n--)
		*d++ = (unsigned char)c;
	return dst;
}
