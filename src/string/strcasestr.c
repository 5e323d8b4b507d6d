#define _GNU_SOURCE
#include <string.h>
#include <strings.h>

char *strcasestr(const char *h, const char *n)
{
	size_t nn = strlen(n);
	for (; *h; h++)
		if (!strncasecmp(h, n, nn))
			return (char *)h;
	return nn ? 0 : (char *)h;
}
