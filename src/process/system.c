#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>
#include "syscall.h"

/*
 * POSIX: while the command runs the caller ignores SIGINT and SIGQUIT (the
 * terminal's signals go to the command) and blocks SIGCHLD (so a handler
 * cannot reap the child first); the child gets the caller's original
 * dispositions and mask back before the exec.
 */
int system(const char *cmd)
{
	if (!cmd)	/* is a shell available?  glibc runs one to ask */
		return system("exit 0") == 0;
	struct sigaction ign = {0}, oint, oquit;
	sigset_t chld, omask;
	ign.sa_handler = SIG_IGN;
	sigaction(SIGINT, &ign, &oint);
	sigaction(SIGQUIT, &ign, &oquit);
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, &omask);
	long pid = sys_fork();
	if (pid == 0) {
		sigaction(SIGINT, &oint, 0);
		sigaction(SIGQUIT, &oquit, 0);
		sigprocmask(SIG_SETMASK, &omask, 0);
		char *argv[] = {"sh", "-c", (char *)cmd, 0};
		sys_execve("/bin/sh", argv, environ);
		_exit(127);
	}
	int status = -1;
	if (pid < 0) {
		errno = (int)-pid;
	} else {
		long r;
		while ((r = sys_wait4((int)pid, &status, 0, 0)) == -EINTR)
			;
		if (r < 0) {
			errno = (int)-r;
			status = -1;
		}
	}
	sigaction(SIGINT, &oint, 0);
	sigaction(SIGQUIT, &oquit, 0);
	sigprocmask(SIG_SETMASK, &omask, 0);
	return status;
}
