#include <sys/resource.h>
#include "syscall.h"

/* Not prlimit64: with a NULL pointer it would quietly do nothing, where
 * getrlimit must report EFAULT. */
int getrlimit(int res, struct rlimit *rl)
{
	return __syscall_ret(sys_getrlimit(res, rl));
}
