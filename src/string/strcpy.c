#include <string.h>

char *strcpy(char *restrict d, const char *restrict s)
{
	memcpy(d, s, strlen(s) + 1);
	return d;
}
