#include <string.h>

size_t strnlen(const char *s, size_t max)
{
	const char *p = memchr(s, 0, max);
	return p ? (size_t)(p - s) : max;
}
