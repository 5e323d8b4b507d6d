#include <unistd.h>
#include "syscall.h"

ssize_t pread(int fd, void *buf, size_t n, off_t off)
{
	return __syscall_ret(sys_pread64(fd, buf, n, off));
}

ssize_t pread64(int fd, void *buf, size_t n, off_t off)
	__attribute__((alias("pread")));
