#include <time.h>
#include "syscall.h"

int clock_gettime(clockid_t clk, struct timespec *ts)
{
	return __syscall_ret(sys_clock_gettime(clk, ts));
}
