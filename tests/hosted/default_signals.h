/*
 * Start from the default signal state: nothing blocked, nothing ignored.
 * exec keeps both the blocked mask and SIG_IGN dispositions, and real
 * parents hand them down (nohup ignores SIGHUP, `cmd &` in a script ignores
 * SIGINT and SIGQUIT, some CI agents block signals or ignore SIGCHLD, which
 * makes wait() fail with ECHILD).  Tests that raise, catch, wait for or die
 * of a signal assume the defaults, so they set them.  Handlers already
 * installed (cmocka's crash handlers) are left alone.
 */
#ifndef LSTAR_TEST_DEFAULT_SIGNALS_H
#define LSTAR_TEST_DEFAULT_SIGNALS_H

#include <signal.h>
#include <stddef.h>

static void default_signals(void)
{
	sigset_t none;
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	for (int s = 1; s < NSIG; s++) {
		struct sigaction sa;
		if (sigaction(s, NULL, &sa) == 0 && sa.sa_handler == SIG_IGN)
			signal(s, SIG_DFL);
	}
}

#endif
