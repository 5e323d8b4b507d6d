#include <sys/mman.h>
#include "syscall.h"

int munlockall(void)
{
	return __syscall_ret(sys_munlockall());
}
