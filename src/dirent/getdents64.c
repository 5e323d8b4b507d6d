#include <dirent.h>
#include "syscall.h"

ssize_t getdents64(int fd, void *buf, size_t n)
{
	return __syscall_ret(sys_getdents64(fd, buf, n));
}
