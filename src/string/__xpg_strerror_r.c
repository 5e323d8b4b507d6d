#include <string.h>
#include <errno.h>
#include "strerror_table.h"

/* The POSIX form of strerror_r (<string.h> maps the name here unless
 * _GNU_SOURCE): the message always goes into buf, truncated if need be;
 * returns EINVAL for an unknown number, ERANGE when truncated, else 0. */
int __xpg_strerror_r(int e, char *buf, size_t n)
{
	char tmp[32];
	int known;
	const char *m = __lstar_errstr(e, tmp, &known);
	size_t len = strlen(m);
	if (n) {
		size_t k = len < n ? len : n - 1;
		memcpy(buf, m, k);
		buf[k] = 0;
	}
	if (!known)
		return EINVAL;
	return len < n ? 0 : ERANGE;
}
