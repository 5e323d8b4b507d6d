/*
 * A descriptor number that is certainly not open in this process.  Tests
 * against the real kernel must not assume a fixed number (200, 9999) is
 * free: CI runners and shells hand children extra descriptors.  The pair
 * of numbers a pipe gets, closed again, is free by construction, small
 * enough for an fd_set, and found without relying on any descriptor being
 * open (fds 0-2 may be closed too).
 */
#ifndef LSTAR_TEST_CLOSED_FD_H
#define LSTAR_TEST_CLOSED_FD_H

#include <unistd.h>

static int closed_fd(void)
{
	int p[2];
	if (pipe(p) != 0)
		return -1;
	close(p[0]);
	close(p[1]);
	return p[0];
}

#endif
