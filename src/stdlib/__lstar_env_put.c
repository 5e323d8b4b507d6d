#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include "env.h"

/*
 * The array handed over at start-up lives on the stack and cannot grow, so
 * the first insertion copies it into one that setenv owns (with realloc, so
 * a program that never frees keeps the bump allocator).  Strings replaced
 * are never freed: a caller may still hold a pointer from getenv, and
 * glibc does the same.  If the program assigns environ itself, the next
 * insertion copies that array afresh.
 */
static char **owned;
static size_t cap;

int __lstar_env_put(char *s, size_t n)
{
	size_t count = 0;
	for (char **e = __environ; e && *e; e++, count++)
		if (!strncmp(*e, s, n) && (*e)[n] == '=') {
			*e = s;
			return 0;
		}
	if (__environ != owned || count + 2 > cap) {
		size_t ncap = count + 2 > 2 * cap ? count + 16 : 2 * cap;
		char **fresh = __environ == owned ? realloc(owned, ncap * sizeof *fresh)
						  : malloc(ncap * sizeof *fresh);
		if (!fresh) {
			errno = ENOMEM;
			return -1;
		}
		if (__environ != owned && count)
			memcpy(fresh, __environ, count * sizeof *fresh);
		owned = __environ = fresh;
		cap = ncap;
	}
	__environ[count] = s;
	__environ[count + 1] = 0;
	return 0;
}
