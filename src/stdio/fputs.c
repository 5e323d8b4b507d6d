#include "stdio_impl.h"

int fputs(const char *restrict s, FILE *restrict f)
{
	if (!s || !f)
		return __lstar_badf();
	size_t n = arch_strlen(s);
	return __lstar_fwritex((const unsigned char *)s, n, f) == n ? 0 : EOF;
}

int fputs_unlocked(const char *restrict s, FILE *restrict f) __attribute__((alias("fputs")));
