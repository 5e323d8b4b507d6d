#include <errno.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include "syscall.h"

/*
 * devpts creates the slave with the owner and mode grantpt would set, so
 * there is nothing to change (no pt_chown, as in glibc and musl); what is
 * left is checking that fd is a master, with POSIX's EINVAL where the
 * kernel says ENOTTY.
 */
int grantpt(int fd)
{
	unsigned n;
	long r = sys_ioctl(fd, TIOCGPTN, (long)&n);
	return __syscall_ret(r == -ENOTTY ? -EINVAL : r);
}
