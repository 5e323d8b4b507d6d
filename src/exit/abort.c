#include <stdlib.h>
#include <signal.h>
#include "syscall.h"

/*
 * Raise SIGABRT with the signal unblocked (a blocked one would only be
 * made pending, and raise would return).  If a handler returns (or the
 * signal was ignored), restore the default action and raise it again; if
 * even that leaves us running, end the process as the shell would report
 * a failure.  raise names the calling thread without fetching ids, so the
 * usual path is two system calls (rt_sigprocmask, pidfd_send_signal).
 * stdio is deliberately not flushed (C11 7.22.4.1).
 */
_Noreturn void abort(void)
{
	unsigned long set = 1UL << (SIGABRT - 1);
	struct { void *handler; unsigned long flags; void *restorer; unsigned long mask; } dfl = { 0 };

	sys_rt_sigprocmask(1 /* SIG_UNBLOCK */, &set, 0, sizeof set);
	raise(SIGABRT);
	sys_rt_sigaction(SIGABRT, &dfl, 0, sizeof set);
	sys_rt_sigprocmask(1 /* SIG_UNBLOCK */, &set, 0, sizeof set);
	raise(SIGABRT);
	for (;;)
		sys_exit_group(127);
}
