#include <sys/socket.h>
#include "syscall.h"

/* SIOCATMARK from <linux/sockios.h>: 1 when the read position is at the
 * urgent-data mark. */
#define SIOCATMARK 0x8905

int sockatmark(int fd)
{
	int at;
	long r = sys_ioctl(fd, SIOCATMARK, (long)&at);
	return __syscall_is_error(r) ? (int)__syscall_ret(r) : at;
}
