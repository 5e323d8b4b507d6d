#include <fcntl.h>
#include "stdio_impl.h"
#include "syscall.h"

/* unlink, and rmdir when the path is a directory (Linux's unlink says
 * EISDIR): a file costs one system call. */
int remove(const char *path)
{
	long r = sys_unlinkat(AT_FDCWD, path, 0);
	if (r == -EISDIR)
		r = sys_unlinkat(AT_FDCWD, path, AT_REMOVEDIR);
	return (int)__syscall_ret(r);
}
