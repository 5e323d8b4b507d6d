#include <sys/ioctl.h>
#include <termios.h>
#include "syscall.h"

/* TCSBRK with a nonzero argument waits for output to drain and sends no
 * break. */
int tcdrain(int fd)
{
	return __syscall_ret(sys_ioctl(fd, TCSBRK, 1));
}
