#include <errno.h>
#include "time_impl.h"

struct tm *gmtime_r(const time_t *restrict t, struct tm *restrict tm)
{
	if (__lstar_secs_to_tm(*t, tm)) {
		errno = EOVERFLOW;
		return 0;
	}
	tm->tm_zone = "GMT";
	return tm;
}
