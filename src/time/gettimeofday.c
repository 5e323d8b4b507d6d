#include <sys/time.h>
#include <time.h>

/* The time-zone argument is obsolete; lstar's local time is UTC, so it is
 * filled with zeros when given. */
int gettimeofday(struct timeval *restrict tv, void *restrict tzp)
{
	struct timespec ts;
	if (tzp) {
		struct timezone *tz = tzp;
		tz->tz_minuteswest = 0;
		tz->tz_dsttime = 0;
	}
	if (!tv)
		return 0;
	if (clock_gettime(CLOCK_REALTIME, &ts))
		return -1;
	tv->tv_sec = ts.tv_sec;
	tv->tv_usec = ts.tv_nsec / 1000;
	return 0;
}
