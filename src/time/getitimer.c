#include <sys/time.h>
#include "syscall.h"

int getitimer(int which, struct itimerval *cur)
{
	return __syscall_ret(sys_getitimer(which, cur));
}
