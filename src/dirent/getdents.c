#include <dirent.h>
#include "syscall.h"

/* On 64-bit Linux struct dirent is linux_dirent64, so getdents is
 * getdents64 (the older getdents syscall has another record layout). */
ssize_t getdents(int fd, void *buf, size_t n)
{
	return __syscall_ret(sys_getdents64(fd, buf, n));
}
