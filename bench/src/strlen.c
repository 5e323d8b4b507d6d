/* strlen of a 32 MiB string, n times (the terminator moves each time). */
#include "bench.h"

#define SIZE (32ul << 20)
static char s[SIZE];

int main(int argc, char **argv)
{
	unsigned long n = arg_ulong(argc, argv, 1, 4), sum = 0;

	memset(s, 'x', SIZE - 1);
	for (unsigned long i = 0; i < n; i++) {
		size_t end = SIZE - 1 - (i % 4096);
		s[end] = 0;
		sum += strlen(s);
		s[end] = 'x';
	}
	report("sum", sum);
	return 0;
}
