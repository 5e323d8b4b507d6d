#include <sys/ioctl.h>
#include <termios.h>
#include "syscall.h"

int tcflush(int fd, int queue)
{
	return __syscall_ret(sys_ioctl(fd, TCFLSH, queue));
}
