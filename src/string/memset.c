#include <string.h>
#include "vec.h"

/* Overlapping unaligned stores for the ends, aligned stores between. */
void *memset(void *dst, int c, size_t n)
{
	unsigned char *d = dst;
	if (n >= 16) {
		vec v = vsplat(c);
		vstore(d, v);
		vstore(d + n - 16, v);
		if (n <= 32)
			return dst;
		unsigned char *p = (unsigned char *)(((uintptr_t)d + 16) & ~(uintptr_t)15);
		unsigned char *end = (unsigned char *)(((uintptr_t)d + n) & ~(uintptr_t)15);
		for (; end - p >= 64; p += 64) {
			vstore_a(p, v);
			vstore_a(p + 16, v);
			vstore_a(p + 32, v);
			vstore_a(p + 48, v);
		}
		for (; p < end; p += 16)
			vstore_a(p, v);
		return dst;
	}
	uint64_t w = (unsigned char)c * 0x0101010101010101ULL;
	if (n >= 8) {
		__builtin_memcpy(d, &w, 8);
		__builtin_memcpy(d + n - 8, &w, 8);
	} else if (n >= 4) {
		uint32_t x = (uint32_t)w;
		__builtin_memcpy(d, &x, 4);
		__builtin_memcpy(d + n - 4, &x, 4);
	} else if (n) {
		d[0] = d[n / 2] = d[n - 1] = (unsigned char)c;
	}
	return dst;
}
