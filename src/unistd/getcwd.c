#include <unistd.h>
#include "syscall.h"
#include <errno.h>

/* No malloc for buf == NULL here: that GNU extension belongs to the allocator
 * layer; a NULL buffer is EINVAL as POSIX allows. */
char *getcwd(char *buf, size_t size)
{
	if (!buf || !size) {
		errno = EINVAL;
		return 0;
	}
	long r = sys_getcwd(buf, size);
	if (__syscall_ret(r) < 0)
		return 0;
	/* Linux prefixes "(unreachable)" paths instead of failing. */
	if (r == 0 || buf[0] != '/') {
		errno = ENOENT;
		return 0;
	}
	return buf;
}
