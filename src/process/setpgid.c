#include <unistd.h>
#include "syscall.h"

int setpgid(pid_t pid, pid_t pgid)
{
	return __syscall_ret(sys_setpgid(pid, pgid));
}
