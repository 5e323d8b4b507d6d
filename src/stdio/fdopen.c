#include <fcntl.h>
#include "stdio_impl.h"

/* One fcntl checks that fd is open and allows the mode (POSIX: EBADF,
 * EINVAL); "a" adds O_APPEND and "e" close-on-exec when missing. */
FILE *fdopen(int fd, const char *mode)
{
	int flags = __lstar_fmodeflags(mode);
	if (flags < 0)
		return 0;
	long fl = sys_fcntl(fd, F_GETFL, 0);
	if (fl < 0) {
		errno = (int)-fl;
		return 0;
	}
	int want = flags & O_ACCMODE, have = (int)fl & O_ACCMODE;
	if (have != O_RDWR && want != have) {
		errno = EINVAL;
		return 0;
	}
	if ((flags & O_APPEND) && !(fl & O_APPEND))
		sys_fcntl(fd, F_SETFL, fl | O_APPEND);
	if (flags & O_CLOEXEC)
		sys_fcntl(fd, F_SETFD, FD_CLOEXEC);
	return __lstar_fdopen_flags(fd, flags | ((int)fl & O_APPEND));
}
