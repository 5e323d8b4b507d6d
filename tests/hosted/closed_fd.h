/*
 * A descriptor number that is certainly not open in this process.  Tests
 * against the real kernel must not assume a fixed number (200, 9999) is
 * free: CI runners and shells hand children extra descriptors.  The lowest
 * free number, found by dup and closed again, is free by construction and
 * is small enough for an fd_set.
 */
#ifndef LSTAR_TEST_CLOSED_FD_H
#define LSTAR_TEST_CLOSED_FD_H

#include <unistd.h>

static int closed_fd(void)
{
	int fd = dup(2);
	if (fd >= 0)
		close(fd);
	return fd;
}

#endif
