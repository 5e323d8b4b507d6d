#include <sys/mman.h>
#include "syscall.h"

int mlock(const void *addr, size_t len)
{
	return __syscall_ret(sys_mlock(addr, len));
}
