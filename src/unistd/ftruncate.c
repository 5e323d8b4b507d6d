#include <unistd.h>
#include "syscall.h"

int ftruncate(int fd, off_t len)
{
	return __syscall_ret(sys_ftruncate(fd, len));
}
