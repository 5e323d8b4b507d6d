#include <stdlib.h>
#include <signal.h>
#include "syscall.h"

/*
 * Raise SIGABRT with the signal unblocked.  If a handler returns (or the
 * signal was ignored), restore the default action and raise it again; if
 * even that leaves us running, end the process as the shell would report
 * a failure.  stdio is deliberately not flushed (C11 7.22.4.1).
 */
_Noreturn void abort(void)
{
	unsigned long set = 1UL << (SIGABRT - 1);
	struct { void *handler; unsigned long flags; void *restorer; unsigned long mask; } dfl = { 0 };
	int pid = (int)sys_getpid(), tid = (int)sys_gettid();

	sys_rt_sigprocmask(1 /* SIG_UNBLOCK */, &set, 0, sizeof set);
	sys_tgkill(pid, tid, SIGABRT);
	sys_rt_sigaction(SIGABRT, &dfl, 0, sizeof set);
	sys_rt_sigprocmask(1 /* SIG_UNBLOCK */, &set, 0, sizeof set);
	sys_tgkill(pid, tid, SIGABRT);
	for (;;)
		sys_exit_group(127);
}
