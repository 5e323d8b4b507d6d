#include <errno.h>
#include "time_impl.h"

/* Normalises *tm in place (wday, yday, carried fields), as glibc does. */
time_t timegm(struct tm *tm)
{
	struct tm out;
	long long t = __lstar_tm_to_secs(tm);
	if (__lstar_secs_to_tm(t, &out)) {
		errno = EOVERFLOW;
		return -1;
	}
	out.tm_zone = "GMT";
	*tm = out;
	return t;
}
