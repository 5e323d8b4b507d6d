#include <sys/ioctl.h>
#include <termios.h>
#include "syscall.h"

/* POSIX leaves a nonzero duration's meaning to the implementation; as in
 * glibc it is milliseconds, rounded up to the 100 ms units of TCSBRKP.
 * Zero or less is TCSBRK 0: the standard 0.25-0.5 s break. */
int tcsendbreak(int fd, int duration)
{
	if (duration <= 0)
		return __syscall_ret(sys_ioctl(fd, TCSBRK, 0));
	return __syscall_ret(sys_ioctl(fd, TCSBRKP, (duration + 99L) / 100));
}
