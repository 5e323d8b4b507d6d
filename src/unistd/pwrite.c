#include <unistd.h>
#include "syscall.h"

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off)
{
	return __syscall_ret(sys_pwrite64(fd, buf, n, off));
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off_t off)
	__attribute__((alias("pwrite")));
