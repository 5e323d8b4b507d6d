#include <sys/uio.h>
#include "syscall.h"

ssize_t readv(int fd, const struct iovec *iov, int cnt)
{
	return __syscall_ret(sys_readv(fd, iov, cnt));
}
