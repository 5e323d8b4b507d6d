#include <sys/socket.h>
#include "syscall.h"

ssize_t sendto(int fd, const void *buf, size_t n, int flags, const struct sockaddr *addr, socklen_t len)
{
	return __syscall_ret(sys_sendto(fd, buf, n, flags, addr, len));
}
