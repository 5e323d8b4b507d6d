#include <signal.h>
#include "syscall.h"

int sigpending(sigset_t *set)
{
	return __syscall_ret(sys_rt_sigpending(set));
}
