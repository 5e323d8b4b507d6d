#define _GNU_SOURCE
#include <string.h>

/* First byte found with memchr, then a full compare: fast for the usual
 * short needles.  Worst case O(nm) (the glibc two-way bound is not kept). */
void *memmem(const void *hay, size_t hn, const void *needle, size_t nn)
{
	const unsigned char *h = hay, *n = needle;
	if (!nn)
		return (void *)h;
	if (hn < nn)
		return 0;
	const unsigned char *last = h + (hn - nn);
	while (h <= last) {
		h = memchr(h, n[0], last - h + 1);
		if (!h)
			return 0;
		if (!memcmp(h + 1, n + 1, nn - 1))
			return (void *)h;
		h++;
	}
	return 0;
}
