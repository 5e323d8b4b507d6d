#define _GNU_SOURCE
#include <string.h>

char *strsep(char **sp, const char *sep)
{
	char *s = *sp;
	if (!s)
		return 0;
	char *end = s + strcspn(s, sep);
	if (*end)
		*end++ = 0;
	else
		end = 0;
	*sp = end;
	return s;
}
