#include <signal.h>
#include "syscall.h"

/* Returns the error number instead of setting errno (POSIX threads style). */
int pthread_sigmask(int how, const sigset_t *restrict set, sigset_t *restrict old)
{
	return (int)-sys_rt_sigprocmask(how, set, old, __LSTAR_KSIGSET_SIZE);
}
