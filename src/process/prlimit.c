#include <sys/resource.h>
#include "syscall.h"

int prlimit(pid_t pid, int res, const struct rlimit *nw, struct rlimit *old)
{
	return __syscall_ret(sys_prlimit64(pid, res, nw, old));
}
