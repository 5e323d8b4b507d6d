#define _GNU_SOURCE
#include <string.h>
#include "twoway.h"

/* Short needles: memchr for the first byte, then compare; longer ones go
 * through two-way, linear in the worst case. */
void *memmem(const void *hay, size_t hn, const void *needle, size_t nn)
{
	const unsigned char *h = hay, *n = needle;
	if (!nn)
		return (void *)h;
	if (hn < nn)
		return 0;
	if (nn > 2)
		return twoway(h, hn, n, (ptrdiff_t)nn, 0);
	const unsigned char *last = h + (hn - nn);
	while (h <= last) {
		h = memchr(h, n[0], last - h + 1);
		if (!h)
			return 0;
		if (nn == 1 || h[1] == n[1])
			return (void *)h;
		h++;
	}
	return 0;
}
