#include <sys/socket.h>
#include "syscall.h"

ssize_t recvmsg(int fd, struct msghdr *msg, int flags)
{
	return __syscall_ret(sys_recvmsg(fd, msg, flags));
}
