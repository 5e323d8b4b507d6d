#include <time.h>
#include <errno.h>
#include "syscall.h"

/* Returns the error number itself, not -1: POSIX's choice for this call. */
int clock_nanosleep(clockid_t clk, int flags, const struct timespec *req, struct timespec *rem)
{
	if (clk == CLOCK_THREAD_CPUTIME_ID)
		return EINVAL;
	return (int)-sys_clock_nanosleep(clk, flags, req, rem);
}
