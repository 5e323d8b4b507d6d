#include <sys/ioctl.h>
#include "syscall.h"
#include <stdarg.h>

int ioctl(int fd, unsigned long req, ...)
{
	va_list ap;
	va_start(ap, req);
	void *arg = va_arg(ap, void *);
	va_end(ap);
	return __syscall_ret(sys_ioctl(fd, req, (long)arg));
}
