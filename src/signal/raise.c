#include <signal.h>
#include <errno.h>
#include "syscall.h"

/* pidfd_send_signal's "the calling thread" (Linux 6.15+ uapi/linux/pidfd.h). */
#define PIDFD_SELF_THREAD (-10000)

/*
 * To this thread, as POSIX asks, and delivered before raise returns (the
 * kernel delivers an unblocked signal sent to the current thread on the
 * way out of the system call).  One system call where the kernel knows
 * PIDFD_SELF_THREAD: it names the caller without a thread id, so a
 * handler that forks between fetching an id and using it cannot make a
 * child signal its parent (glibc takes that risk with gettid, getpid,
 * tgkill; musl blocks signals around tkill: three calls).  With no info
 * the kernel fills si_code SI_TKILL, as tkill would.  Older kernels (and
 * seccomp filters that refuse the call) answer EBADF, ENOSYS or EPERM,
 * none possible for a signal to oneself; raise then remembers to use
 * gettid and tkill, the fewest calls without it.
 */
int raise(int sig)
{
	static int no_self_pidfd;
	if (!no_self_pidfd) {
		long r = sys_pidfd_send_signal(PIDFD_SELF_THREAD, sig, 0, 0);
		if (r != -EBADF && r != -ENOSYS && r != -EPERM)
			return __syscall_ret(r);
		no_self_pidfd = 1;
	}
	return __syscall_ret(sys_tkill((int)sys_gettid(), sig));
}
