#include <time.h>
#include "syscall.h"

int clock_getres(clockid_t clk, struct timespec *ts)
{
	return __syscall_ret(sys_clock_getres(clk, ts));
}
