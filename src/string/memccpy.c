#include <string.h>

void *memccpy(void *restrict dst, const void *restrict src, int c, size_t n)
{
	const unsigned char *hit = memchr(src, c, n);
	if (!hit) {
		memcpy(dst, src, n);
		return 0;
	}
	size_t k = hit - (const unsigned char *)src + 1;
	memcpy(dst, src, k);
	return (unsigned char *)dst + k;
}
