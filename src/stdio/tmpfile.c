#include <fcntl.h>
#include "stdio_impl.h"

/*
 * An unnamed file in /tmp: O_TMPFILE gives one with no name ever visible.
 * Where the file system lacks it, a fresh name is created exclusively and
 * unlinked at once.  The name mixes pid, time and a counter; O_EXCL makes
 * a collision a retry, never a shared file.
 */
static long named_tmp(void)
{
	static unsigned counter;
	char name[] = "/tmp/tmpf-0000000000000000";
	for (int tries = 0; tries < 100; tries++) {
		struct timespec ts = { 0, 0 };
		sys_clock_gettime(1 /* CLOCK_MONOTONIC */, &ts);
		unsigned long x = (unsigned long)ts.tv_nsec * 2654435761u ^
			(unsigned long)sys_getpid() << 32 ^ ++counter;
		for (int i = 0; i < 16; i++, x >>= 4)
			name[10 + i] = "0123456789abcdef"[x & 15];
		long fd = sys_openat(AT_FDCWD, name, O_RDWR | O_CREAT | O_EXCL, 0600);
		if (fd != -EEXIST) {
			if (fd >= 0)
				sys_unlinkat(AT_FDCWD, name, 0);
			return fd;
		}
	}
	return -EEXIST;
}

FILE *tmpfile(void)
{
	long fd = sys_openat(AT_FDCWD, "/tmp", O_TMPFILE | O_RDWR, 0600);
	if (fd < 0)
		fd = named_tmp();
	if (fd < 0) {
		errno = (int)-fd;
		return 0;
	}
	FILE *f = __lstar_fdopen_flags((int)fd, O_RDWR);
	if (!f)
		sys_close((int)fd);
	return f;
}
