#include <sys/socket.h>
#include "syscall.h"

int sendmmsg(int fd, struct mmsghdr *vec, unsigned int n, int flags)
{
	return __syscall_ret(sys_sendmmsg(fd, vec, n, flags));
}
