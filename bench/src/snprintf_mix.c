/* snprintf with the same mix into a buffer; the summed lengths and a
 * checksum of the text are the result. */
#include <stdio.h>
#include "bench.h"

static const char *const words[] = {
	"alpha", "be", "gamma-delta", "", "epsilon", "zeta eta theta", "i", "kappa",
};

int main(int argc, char **argv)
{
	unsigned long n = arg_ulong(argc, argv, 1, 1000), total = 0, sum = 0;
	char buf[128];

	for (unsigned long i = 0; i < n; i++) {
		int r = snprintf(buf, sizeof buf, "%d %s %x %5.2f\n", (int)i, words[i & 7],
				 (unsigned)(i * 2654435761u), (double)i * 0.37);
		if (r < 0)
			return 1;
		total += (unsigned long)r;
		for (int k = 0; k < r; k++)
			sum = sum * 31 + (unsigned char)buf[k];
	}
	report("bytes", total);
	report("hash", sum);
	return 0;
}
