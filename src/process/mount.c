#include <sys/mount.h>
#include "syscall.h"

int mount(const char *src, const char *dst, const char *type, unsigned long flags, const void *data)
{
	return __syscall_ret(sys_mount(src, dst, type, flags, data));
}
