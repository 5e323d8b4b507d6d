#include <fcntl.h>
#include "stdio_impl.h"

/* One system call: the openat.  The FILE and its buffer come from the
 * static pool, and nothing asks the kernel about the file (no fstat, no
 * ioctl): buffering is full and the size fixed (docs/stdio.md). */
FILE *fopen(const char *restrict path, const char *restrict mode)
{
	/* a NULL path is refused like a bad mode: EINVAL, not the kernel's
	 * EFAULT */
	int flags = __lstar_fmodeflags(path ? mode : 0);
	if (flags < 0)
		return 0;
	long fd = sys_openat(AT_FDCWD, path, flags, 0666);
	if (fd < 0) {
		errno = (int)-fd;
		return 0;
	}
	FILE *f = __lstar_fdopen_flags((int)fd, flags);
	if (!f)
		sys_close((int)fd);
	return f;
}
