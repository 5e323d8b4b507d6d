#include "stdio_impl.h"

size_t fwrite(const void *restrict p, size_t size, size_t n, FILE *restrict f)
{
	size_t len;
	if (!f || __builtin_mul_overflow(size, n, &len) || (!p && len)) {
		errno = EINVAL;
		return 0;
	}
	if (!len)
		return 0;
	return __lstar_fwritex(p, len, f) / size;
}

size_t fwrite_unlocked(const void *restrict p, size_t size, size_t n, FILE *restrict f) __attribute__((alias("fwrite")));
