#include <sched.h>
#include "syscall.h"

int sched_yield(void)
{
	return __syscall_ret(sys_sched_yield());
}
