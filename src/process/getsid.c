#include <unistd.h>
#include "syscall.h"

pid_t getsid(pid_t pid)
{
	return __syscall_ret(sys_getsid(pid));
}
