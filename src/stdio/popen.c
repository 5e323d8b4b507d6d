#include <fcntl.h>
#include <unistd.h>
#include "popen_impl.h"

struct __lstar_popen *__lstar_popen_list;

/* mode is "r" or "w", optionally followed by 'e' (glibc: the caller's
 * end is close-on-exec).  Returns O_RDONLY/O_WRONLY, | O_CLOEXEC, or -1. */
static int popen_mode(const char *mode)
{
	int fl;
	if (!mode)
		return -1;
	if (*mode == 'r')
		fl = O_RDONLY;
	else if (*mode == 'w')
		fl = O_WRONLY;
	else
		return -1;
	while (*++mode)
		if (*mode == 'e')
			fl |= O_CLOEXEC;
		else
			return -1;
	return fl;
}

/* In the child: close the streams of earlier popen calls, put the pipe
 * end on stdin or stdout and run the shell.  Only async-signal-safe calls
 * (the child of a fork in a threaded program must not touch locks). */
static _Noreturn void popen_child(const char *cmd, int end, int target)
{
	for (struct __lstar_popen *p = __lstar_popen_list; p; p = p->next)
		sys_close(p->fd);
	if (end == target)
		sys_fcntl(end, F_SETFD, 0);
	else if (sys_dup2(end, target) < 0)
		_exit(127);
	char *argv[] = {"sh", "-c", (char *)cmd, 0};
	sys_execve("/bin/sh", argv, environ);
	_exit(127);
}

FILE *popen(const char *cmd, const char *mode)
{
	int fl = popen_mode(mode);
	if (fl < 0 || !cmd) {
		errno = EINVAL;
		return 0;
	}
	struct __lstar_popen *p = malloc(sizeof *p);
	if (!p) {
		errno = ENOMEM;
		return 0;
	}
	int fds[2];
	long r = sys_pipe2(fds, O_CLOEXEC);
	if (r < 0)
		goto fail;
	int reading = (fl & O_ACCMODE) == O_RDONLY;
	int mine = reading ? fds[0] : fds[1], theirs = reading ? fds[1] : fds[0];
	p->f = __lstar_fdopen_flags(mine, fl & O_ACCMODE);
	if (!p->f) {
		r = -ENOMEM;
		goto close_both;
	}
	r = sys_fork();
	if (r == 0)
		popen_child(cmd, theirs, reading ? 1 : 0);
	if (r < 0) {
		__lstar_file_free(p->f);
		goto close_both;
	}
	sys_close(theirs);
	if (!(fl & O_CLOEXEC))
		sys_fcntl(mine, F_SETFD, 0);
	p->pid = (pid_t)r;
	p->fd = mine;
	p->next = __lstar_popen_list;
	__lstar_popen_list = p;
	return p->f;
close_both:
	sys_close(fds[0]);
	sys_close(fds[1]);
fail:
	free(p);
	errno = (int)-r;
	return 0;
}
