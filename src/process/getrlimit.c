#include <sys/resource.h>
#include "syscall.h"

int getrlimit(int res, struct rlimit *rl)
{
	return __syscall_ret(sys_prlimit64(0, res, 0, rl));
}
