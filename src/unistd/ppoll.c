#include <poll.h>
#include "syscall.h"

int ppoll(struct pollfd *fds, nfds_t n, const struct timespec *ts, const __lstar_sigset_t *mask)
{
	return __syscall_ret(sys_ppoll(fds, n, ts, mask, __LSTAR_KSIGSET_SIZE));
}
