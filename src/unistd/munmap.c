#include <sys/mman.h>
#include "syscall.h"

int munmap(void *addr, size_t len)
{
	return __syscall_ret(sys_munmap(addr, len));
}
