#include <sys/ioctl.h>
#include <termios.h>
#include "syscall.h"

pid_t tcgetsid(int fd)
{
	int id;
	long r = sys_ioctl(fd, TIOCGSID, (long)&id);
	return r < 0 ? (pid_t)__syscall_ret(r) : id;
}
