#include <errno.h>
#include "time_impl.h"

/* Local time is UTC (no time-zone database), so there is never daylight
 * time: a tm_isdst > 0 request has no matching time and, as in glibc under
 * TZ=UTC, is ignored. */
time_t mktime(struct tm *tm)
{
	struct tm out;
	long long t = __lstar_tm_to_secs(tm);
	if (__lstar_secs_to_tm(t, &out)) {
		errno = EOVERFLOW;
		return -1;
	}
	out.tm_zone = "UTC";
	*tm = out;
	return t;
}
