#define _GNU_SOURCE
#include <string.h>

/* If d holds no NUL within n bytes, nothing is written and the result is
 * n + strlen(s), as in the BSDs and glibc 2.38. */
size_t strlcat(char *restrict d, const char *restrict s, size_t n)
{
	size_t dl = strnlen(d, n);
	if (dl == n)
		return n + strlen(s);
	return dl + strlcpy(d + dl, s, n - dl);
}
