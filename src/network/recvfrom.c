#include <sys/socket.h>
#include "syscall.h"

ssize_t recvfrom(int fd, void *restrict buf, size_t n, int flags,
		 struct sockaddr *restrict addr, socklen_t *restrict len)
{
	return __syscall_ret(sys_recvfrom(fd, buf, n, flags, addr, len));
}
