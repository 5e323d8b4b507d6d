/* clock_gettime, gettimeofday and time through the vDSO: run.py checks
 * that the only system call after execve is exit_group. */
#include <time.h>
#include <sys/time.h>
#include "check.h"

int main(void)
{
	struct timespec a, b, r;
	struct timeval tv;
	time_t t;

	CHECK(clock_gettime(CLOCK_MONOTONIC, &a) == 0);
	for (int i = 0; i < 1000; i++)
		CHECK(clock_gettime(CLOCK_MONOTONIC, &b) == 0);
	CHECK(b.tv_sec > a.tv_sec || (b.tv_sec == a.tv_sec && b.tv_nsec >= a.tv_nsec));
	CHECK(a.tv_nsec >= 0 && a.tv_nsec < 1000000000);
	CHECK(clock_gettime(CLOCK_REALTIME, &r) == 0);
	CHECK(r.tv_sec > 1600000000);
	CHECK(gettimeofday(&tv, 0) == 0);
	CHECK(tv.tv_sec >= r.tv_sec && tv.tv_usec >= 0 && tv.tv_usec < 1000000);
	/* time() reads the coarse clock, updated once a tick: just after a
	 * second begins it may still give the one before, so it is bounded by
	 * the precise clock a second earlier and the precise clock after. */
	time_t got = time(&t);
	struct timespec r2;
	CHECK(clock_gettime(CLOCK_REALTIME, &r2) == 0);
	CHECK(got == t && t >= r.tv_sec - 1 && t <= r2.tv_sec);
	return 0;
}
