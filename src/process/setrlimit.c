#include <sys/resource.h>
#include "syscall.h"

/* Not prlimit64: a NULL limit there is a query, here it is EFAULT. */
int setrlimit(int res, const struct rlimit *rl)
{
	return __syscall_ret(sys_setrlimit(res, rl));
}
