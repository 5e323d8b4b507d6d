#include <string.h>
#include "strerror_table.h"

/* glibc's wording for numbers without a message, so output compares equal. */
char *strerror(int e)
{
	static char buf[32];
	if (e >= 0 && e < __LSTAR_NERR && __lstar_errmsg[__lstar_errmsg_off[e]])
		return (char *)__lstar_errmsg + __lstar_errmsg_off[e];
	char tmp[12], *p = tmp + sizeof tmp;
	unsigned u = e < 0 ? -(unsigned)e : (unsigned)e;
	do *--p = '0' + u % 10; while (u /= 10);
	if (e < 0) *--p = '-';
	char *o = stpcpy(buf, "Unknown error ");
	memcpy(o, p, tmp + sizeof tmp - p);
	o[tmp + sizeof tmp - p] = 0;
	return buf;
}
