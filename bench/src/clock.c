/* clock_gettime(CLOCK_MONOTONIC) n times: a vDSO call in glibc and musl,
 * a system call wherever there is no vDSO support. */
#include <time.h>
#include "bench.h"

int main(int argc, char **argv)
{
	unsigned long n = arg_ulong(argc, argv, 1, 1000), back = 0;
	struct timespec prev = {0, 0}, t;

	for (unsigned long i = 0; i < n; i++) {
		if (clock_gettime(CLOCK_MONOTONIC, &t))
			return 1;
		back += t.tv_sec < prev.tv_sec || (t.tv_sec == prev.tv_sec && t.tv_nsec < prev.tv_nsec);
		prev = t;
	}
	report("backwards", back);
	return 0;
}
