/* memcpy of a 32 MiB buffer, n times (alternating direction). */
#include "bench.h"

#define SIZE (32ul << 20)
static unsigned char a[SIZE], b[SIZE];

int main(int argc, char **argv)
{
	unsigned long n = arg_ulong(argc, argv, 1, 4), sum = 0;

	memset(a, 0x5a, SIZE);
	for (unsigned long i = 0; i < n; i++) {
		a[i % SIZE] = (unsigned char)i;
		if (i & 1)
			memcpy(a, b, SIZE);
		else
			memcpy(b, a, SIZE);
		sum += b[i % SIZE] + a[SIZE - 1 - i % SIZE];
	}
	report("sum", sum);
	return 0;
}
