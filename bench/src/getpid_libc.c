/* getpid() through the library wrapper, n times. */
#include "bench.h"

int main(int argc, char **argv)
{
	unsigned long n = arg_ulong(argc, argv, 1, 1000), same = 0;
	pid_t first = getpid();

	for (unsigned long i = 0; i < n; i++)
		same += getpid() == first;
	report("same", same);
	return 0;
}
