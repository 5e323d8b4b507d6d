#include <sys/resource.h>
#include "syscall.h"

int setrlimit(int res, const struct rlimit *rl)
{
	return __syscall_ret(sys_prlimit64(0, res, rl, 0));
}
