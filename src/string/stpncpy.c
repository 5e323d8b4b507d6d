#include <string.h>

/* Copies at most n bytes and pads with NULs to n; returns the end of the
 * copied string (d+n when s was not terminated within n). */
char *stpncpy(char *restrict d, const char *restrict s, size_t n)
{
	size_t k = strnlen(s, n);
	memcpy(d, s, k);
	memset(d + k, 0, n - k);
	return d + k;
}
