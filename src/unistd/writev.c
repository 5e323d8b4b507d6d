#include <sys/uio.h>
#include "syscall.h"

ssize_t writev(int fd, const struct iovec *iov, int cnt)
{
	return __syscall_ret(sys_writev(fd, iov, cnt));
}
