#include <unistd.h>
#include "syscall.h"

int fsync(int fd)
{
	return __syscall_ret(sys_fsync(fd));
}
