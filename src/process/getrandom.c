#include <sys/random.h>
#include "syscall.h"

ssize_t getrandom(void *buf, size_t n, unsigned flags)
{
	return __syscall_ret(sys_getrandom(buf, n, flags));
}
