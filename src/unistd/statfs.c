#include <sys/statfs.h>
#include "syscall.h"

int statfs(const char *path, struct statfs *buf)
{
	return __syscall_ret(sys_statfs(path, buf));
}
