#include <fcntl.h>
#include "syscall.h"
#include <stdarg.h>

/* Every fcntl argument is an int or a pointer; reading it as unsigned long
 * is what the kernel itself does. */
int fcntl(int fd, int cmd, ...)
{
	va_list ap;
	va_start(ap, cmd);
	unsigned long arg = va_arg(ap, unsigned long);
	va_end(ap);
	return __syscall_ret(sys_fcntl(fd, cmd, (long)arg));
}
