#include <sys/ioctl.h>
#include <termios.h>
#include "syscall.h"

int tcflow(int fd, int action)
{
	return __syscall_ret(sys_ioctl(fd, TCXONC, action));
}
