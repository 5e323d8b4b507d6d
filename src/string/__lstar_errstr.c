#include <string.h>
#include "strerror_table.h"

/* glibc's wording for numbers without a message, so output compares equal. */
const char *__lstar_errstr(int e, char tmp[32], int *known)
{
	*known = e >= 0 && e < __LSTAR_NERR && __lstar_errmsg[__lstar_errmsg_off[e]];
	if (*known)
		return __lstar_errmsg + __lstar_errmsg_off[e];
	char num[12], *p = num + sizeof num;
	unsigned u = e < 0 ? -(unsigned)e : (unsigned)e;
	*--p = 0;
	do *--p = '0' + u % 10; while (u /= 10);
	if (e < 0)
		*--p = '-';
	strcpy(stpcpy(tmp, "Unknown error "), p);
	return tmp;
}
