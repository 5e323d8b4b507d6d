#include <string.h>
#include <stdlib.h>

char *strndup(const char *s, size_t max)
{
	size_t n = strnlen(s, max);
	char *d = malloc(n + 1);
	if (!d)
		return 0;
	memcpy(d, s, n);
	d[n] = 0;
	return d;
}
