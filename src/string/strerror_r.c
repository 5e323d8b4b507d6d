#define _GNU_SOURCE
#include <string.h>
#include "strerror_table.h"

/* The GNU form: a known message is returned as is (buf untouched); an
 * unknown number is formatted into buf, truncated to fit. */
char *strerror_r(int e, char *buf, size_t n)
{
	char tmp[32];
	int known;
	const char *m = __lstar_errstr(e, tmp, &known);
	if (known)
		return (char *)m;
	if (n) {
		size_t k = strnlen(m, n - 1);
		memcpy(buf, m, k);
		buf[k] = 0;
	}
	return buf;
}
