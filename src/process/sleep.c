#include <unistd.h>
#include <time.h>

/* Returns the unslept seconds when a signal handler interrupts, rounded up
 * so a caller looping on the result never sleeps short. */
unsigned sleep(unsigned seconds)
{
	struct timespec ts = { seconds, 0 };
	if (nanosleep(&ts, &ts))
		return (unsigned)ts.tv_sec + (ts.tv_nsec > 0);
	return 0;
}
