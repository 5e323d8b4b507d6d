#include <unistd.h>
#include "syscall.h"

pid_t fork(void)
{
	return __syscall_ret(sys_fork());
}
