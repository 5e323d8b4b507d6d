#include <unistd.h>
#include "syscall.h"

int fdatasync(int fd)
{
	return __syscall_ret(sys_fdatasync(fd));
}
