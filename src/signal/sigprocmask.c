#include <signal.h>
#include "syscall.h"

/* The kernel reads and writes only the first 8 bytes of each set. */
int sigprocmask(int how, const sigset_t *restrict set, sigset_t *restrict old)
{
	return __syscall_ret(sys_rt_sigprocmask(how, set, old, __LSTAR_KSIGSET_SIZE));
}
