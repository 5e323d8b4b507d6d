#include <string.h>

/* lstar has only the C locale, where collation is byte order. */
int strcoll(const char *a, const char *b)
{
	return strcmp(a, b);
}
