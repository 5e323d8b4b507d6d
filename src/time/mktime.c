#include "time_impl.h"

/* Local time is UTC (no time-zone database), so there is never daylight
 * time: a tm_isdst > 0 request has no matching time and, as in glibc under
 * TZ=UTC, is ignored. */
time_t mktime(struct tm *tm)
{
	return __lstar_normalise_tm(tm, "UTC");
}
