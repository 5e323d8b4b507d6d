#include <string.h>
#include "vec.h"
#include "string_arch.h"

void *memcpy(void *restrict dst, const void *restrict src, size_t n)
{
	if (n <= 64)
		copy_small(dst, src, n);
	else if (n < ARCH_REP_THRESHOLD)
		copy_fwd(dst, src, n);
	else
		arch_copy_fwd(dst, src, n);
	return dst;
}
