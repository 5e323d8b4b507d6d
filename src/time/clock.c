#include <time.h>

/* Processor time in CLOCKS_PER_SEC (microsecond) units. */
clock_t clock(void)
{
	struct timespec ts;
	if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts))
		return -1;
	return ts.tv_sec * 1000000L + ts.tv_nsec / 1000;
}
