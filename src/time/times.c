#include <sys/times.h>
#include "syscall.h"

clock_t times(struct tms *t)
{
	return __syscall_ret(sys_times(t));
}
