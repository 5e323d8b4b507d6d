#include <string.h>
#include "vec.h"

void *memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;
	if (n <= 64)
		copy_small(d, s, n);
	else if ((uintptr_t)d - (uintptr_t)s >= n)	/* d below s, or apart */
		copy_fwd(d, s, n);
	else
		copy_bwd(d, s, n);
	return dst;
}
