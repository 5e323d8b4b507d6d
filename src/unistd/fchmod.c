#include <sys/stat.h>
#include "syscall.h"

int fchmod(int fd, mode_t mode)
{
	return __syscall_ret(sys_fchmod(fd, mode));
}
