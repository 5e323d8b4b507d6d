#include <unistd.h>
#include "syscall.h"
#include <errno.h>

void *sbrk(long inc)
{
	long cur = sys_brk(0);
	if (inc == 0)
		return (void *)cur;
	long r = sys_brk((void *)(cur + inc));
	if (r != cur + inc) {
		errno = ENOMEM;
		return (void *)-1;
	}
	return (void *)cur;
}
