/* printf with a mix of conversions, to stdout. */
#include <stdio.h>
#include "bench.h"

static const char *const words[] = {
	"alpha", "be", "gamma-delta", "", "epsilon", "zeta eta theta", "i", "kappa",
};

int main(int argc, char **argv)
{
	unsigned long n = arg_ulong(argc, argv, 1, 1000);

	for (unsigned long i = 0; i < n; i++)
		printf("%d %s %x %5.2f\n", (int)i, words[i & 7], (unsigned)(i * 2654435761u), (double)i * 0.37);
	return fflush(stdout) == EOF;
}
