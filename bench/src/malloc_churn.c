/* malloc/free churn: a ring of 1024 live blocks of 16..527 bytes; each step
 * frees the oldest block and allocates a new one. */
#include <stdlib.h>
#include "bench.h"

#define RING 1024

int main(int argc, char **argv)
{
	unsigned long n = arg_ulong(argc, argv, 1, 1000), sum = 0;
	static unsigned char *ring[RING];

	for (unsigned long i = 0; i < n; i++) {
		unsigned long slot = i % RING;
		size_t size = 16 + (i * 7919) % 512;

		free(ring[slot]);
		ring[slot] = malloc(size);
		if (!ring[slot])
			return 1;
		ring[slot][0] = (unsigned char)i;
		ring[slot][size - 1] = (unsigned char)(i >> 8);
		sum += ring[(i + 1) % RING] ? ring[(i + 1) % RING][0] : 0;
	}
	for (int k = 0; k < RING; k++)
		free(ring[k]);
	report("sum", sum);
	return 0;
}
