#include "time_impl.h"

/* Normalises *tm in place (wday, yday, carried fields), as glibc does. */
time_t timegm(struct tm *tm)
{
	return __lstar_normalise_tm(tm, "GMT");
}
