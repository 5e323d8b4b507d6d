/* clock_loop [N]: N calls of clock_gettime(CLOCK_MONOTONIC); prints the
 * mean cost per call in nanoseconds.  Built by run.sh with lstar-cc and
 * with the host's gcc -static (glibc), from this one source. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int main(int argc, char **argv)
{
	long n = argc > 1 ? strtol(argv[1], NULL, 10) : 10000000;
	struct timespec a, b, t;
	long sink = 0;

	clock_gettime(CLOCK_MONOTONIC, &a);
	for (long i = 0; i < n; i++) {
		clock_gettime(CLOCK_MONOTONIC, &t);
		sink += t.tv_nsec;
	}
	clock_gettime(CLOCK_MONOTONIC, &b);
	double ns = (b.tv_sec - a.tv_sec) * 1e9 + (b.tv_nsec - a.tv_nsec);
	printf("%.2f\n", ns / n + (sink == 42 ? 1e-9 : 0));
	return 0;
}
