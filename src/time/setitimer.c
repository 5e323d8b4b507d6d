#include <sys/time.h>
#include "syscall.h"

int setitimer(int which, const struct itimerval *restrict nv, struct itimerval *restrict old)
{
	return __syscall_ret(sys_setitimer(which, nv, old));
}
