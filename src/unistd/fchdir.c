#include <unistd.h>
#include "syscall.h"

int fchdir(int fd)
{
	return __syscall_ret(sys_fchdir(fd));
}
