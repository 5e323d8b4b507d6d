#include <sys/mman.h>
#include "syscall.h"

int msync(void *addr, size_t len, int flags)
{
	return __syscall_ret(sys_msync(addr, len, flags));
}
