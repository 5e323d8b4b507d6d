/* getpid as a bare `syscall` instruction inlined in the loop: the floor
 * every library's wrapper is compared with (the same code in all three). */
#include <sys/syscall.h>
#include "bench.h"

static inline long raw_getpid(void)
{
	long r;
	__asm__ volatile ("syscall" : "=a"(r) : "a"((long)SYS_getpid) : "rcx", "r11", "memory");
	return r;
}

int main(int argc, char **argv)
{
	unsigned long n = arg_ulong(argc, argv, 1, 1000), same = 0;
	long first = raw_getpid();

	for (unsigned long i = 0; i < n; i++)
		same += raw_getpid() == first;
	report("same", same);
	return 0;
}
