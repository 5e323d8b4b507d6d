#include <string.h>

int strcmp(const char *a, const char *b)
{
	const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
	for (; *p && *p == *q; p++, q++)
		;
	return *p - *q;
}
