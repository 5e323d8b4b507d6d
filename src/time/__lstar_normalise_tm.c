#include <errno.h>
#include "time_impl.h"

/* The body of mktime and timegm: local time is UTC in lstar, so the two
 * differ only in the zone name glibc reports for each. */
time_t __lstar_normalise_tm(struct tm *tm, const char *zone)
{
	struct tm out;
	long long t = __lstar_tm_to_secs(tm);
	if (__lstar_secs_to_tm(t, &out)) {
		errno = EOVERFLOW;
		return -1;
	}
	out.tm_zone = zone;
	*tm = out;
	return t;
}
