#include <sys/ioctl.h>
#include <termios.h>
#include "syscall.h"

int tcsetpgrp(int fd, pid_t pgrp)
{
	int id = pgrp;
	return __syscall_ret(sys_ioctl(fd, TIOCSPGRP, (long)&id));
}
