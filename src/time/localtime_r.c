#include <errno.h>
#include "time_impl.h"

/* lstar has no time-zone database: local time is UTC, named "UTC" as glibc
 * names it under TZ=UTC. */
struct tm *localtime_r(const time_t *restrict t, struct tm *restrict tm)
{
	if (__lstar_secs_to_tm(*t, tm)) {
		errno = EOVERFLOW;
		return 0;
	}
	tm->tm_zone = "UTC";
	return tm;
}
