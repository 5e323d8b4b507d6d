#include <sys/ioctl.h>
#include <termios.h>
#include "syscall.h"

pid_t tcgetpgrp(int fd)
{
	int id;
	long r = sys_ioctl(fd, TIOCGPGRP, (long)&id);
	return r < 0 ? (pid_t)__syscall_ret(r) : id;
}
