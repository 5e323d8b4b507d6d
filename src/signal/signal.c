#include <signal.h>

/* BSD semantics, as glibc gives by default: the handler stays installed,
 * the signal is blocked while it runs, and interrupted calls restart. */
sighandler_t signal(int sig, sighandler_t handler)
{
	struct sigaction sa = { .sa_handler = handler, .sa_flags = SA_RESTART }, old;

	sigemptyset(&sa.sa_mask);
	if (sigaddset(&sa.sa_mask, sig) || sigaction(sig, &sa, &old))
		return SIG_ERR;
	return old.sa_handler;
}
