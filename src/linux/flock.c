#include <sys/file.h>
#include "syscall.h"

int flock(int fd, int op)
{
	return __syscall_ret(sys_flock(fd, op));
}
