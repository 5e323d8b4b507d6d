#include <string.h>
#include <stdint.h>

/* Word-at-a-time when both pointers can be aligned together; the compiler
 * calls memcpy for struct copies, so this must work on any alignment. */
void *memcpy(void *restrict dst, const void *restrict src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;
	if (((uintptr_t)d & 7) == ((uintptr_t)s & 7)) {
		for (; ((uintptr_t)d & 7) && n; n--)
			*d++ = *s++;
		for (; n >= 8; n -= 8, d += 8, s += 8)
			*(uint64_t *)d = *(const uint64_t *)s;
	}
	for (; n; n--)
		*d++ = *s++;
	return dst;
}
