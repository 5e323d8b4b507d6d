#include <sys/wait.h>
#include "syscall.h"

pid_t wait4(pid_t pid, int *status, int options, struct rusage *ru)
{
	return __syscall_ret(sys_wait4(pid, status, options, ru));
}
