#include <poll.h>
#include "syscall.h"

int poll(struct pollfd *fds, nfds_t n, int timeout)
{
	return __syscall_ret(sys_poll(fds, n, timeout));
}
