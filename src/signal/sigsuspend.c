#include <signal.h>
#include "syscall.h"

int sigsuspend(const sigset_t *mask)
{
	return __syscall_ret(sys_rt_sigsuspend(mask));
}
