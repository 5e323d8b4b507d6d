#include <sys/statfs.h>
#include "syscall.h"

int fstatfs(int fd, struct statfs *buf)
{
	return __syscall_ret(sys_fstatfs(fd, buf));
}
