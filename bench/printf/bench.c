/* bench p N: N printf calls to stdout; bench s N: N snprintf calls.
 * The same source is built against lstar, glibc and musl. */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
	long n = argc > 2 ? atol(argv[2]) : 5000000;
	unsigned sum = 0;
	if (argc > 1 && argv[1][0] == 's') {
		char buf[128];
		for (long i = 0; i < n; i++)
			sum += snprintf(buf, sizeof buf, "%d %s %x %5.2f", (int)i, "str",
					(unsigned)i * 7u, (double)i * 0.001);
		return sum == 0;
	}
	for (long i = 0; i < n; i++)
		printf("%d %s %x %5.2f\n", (int)i, "str", (unsigned)i * 7u, (double)i * 0.001);
	return 0;
}
