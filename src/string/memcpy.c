#include <string.h>
#include "vec.h"

void *memcpy(void *restrict dst, const void *restrict src, size_t n)
{
	if (n <= 64)
		copy_small(dst, src, n);
	else
		copy_fwd(dst, src, n);
	return dst;
}
