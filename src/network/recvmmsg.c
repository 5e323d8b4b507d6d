#include <sys/socket.h>
#include "syscall.h"

int recvmmsg(int fd, struct mmsghdr *vec, unsigned int n, int flags, struct timespec *timeout)
{
	return __syscall_ret(sys_recvmmsg(fd, vec, n, flags, timeout));
}
