#include <unistd.h>
#include "syscall.h"
#include <errno.h>

/* The brk syscall returns the new break, or the old one on failure. */
int brk(void *addr)
{
	long r = sys_brk(addr);
	if (r != (long)addr) {
		errno = ENOMEM;
		return -1;
	}
	return 0;
}
