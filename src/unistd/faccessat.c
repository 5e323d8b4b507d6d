#include <unistd.h>
#include "syscall.h"
#include <errno.h>
#include <fcntl.h>

/* The faccessat syscall takes no flags; AT_EACCESS needs faccessat2, which
 * older kernels lack: refuse flags we cannot honour rather than ignore them. */
int faccessat(int dirfd, const char *path, int mode, int flags)
{
	if (flags & ~AT_EACCESS) {
		errno = EINVAL;
		return -1;
	}
	if (flags)
		return __syscall_ret(__syscall4(__NR_faccessat2, dirfd, (long)path, mode, flags));
	return __syscall_ret(sys_faccessat(dirfd, path, mode));
}
