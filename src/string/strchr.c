#define _GNU_SOURCE
#include <string.h>

char *strchr(const char *s, int c)
{
	char *p = strchrnul(s, c);
	return *(unsigned char *)p == (unsigned char)c ? p : 0;
}
