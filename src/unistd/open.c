#include <fcntl.h>
#include "syscall.h"
#include <stdarg.h>

/* open(2) goes through openat(AT_FDCWD): one syscall for the kernel model to
 * serve and the same trace as the seed expects.  mode is read only when the
 * flags say a file may be created, as the variadic contract requires. */
int open(const char *path, int flags, ...)
{
	mode_t mode = 0;
	if ((flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE) {
		va_list ap;
		va_start(ap, flags);
		mode = va_arg(ap, mode_t);
		va_end(ap);
	}
	return __syscall_ret(sys_openat(AT_FDCWD, path, flags, mode));
}
