#include <errno.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include "syscall.h"

/* POSIX's EINVAL for "not a master" where the kernel says ENOTTY. */
int unlockpt(int fd)
{
	int lock = 0;
	long r = sys_ioctl(fd, TIOCSPTLCK, (long)&lock);
	return __syscall_ret(r == -ENOTTY ? -EINVAL : r);
}
