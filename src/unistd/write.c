#include <unistd.h>
#include "syscall.h"

ssize_t write(int fd, const void *buf, size_t n)
{
	return __syscall_ret(sys_write(fd, buf, n));
}
