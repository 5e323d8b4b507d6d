#include <sys/wait.h>
#include "syscall.h"

pid_t wait3(int *status, int options, struct rusage *ru)
{
	return __syscall_ret(sys_wait4(-1, status, options, ru));
}
