#include <sys/mount.h>
#include "syscall.h"

int umount2(const char *path, int flags)
{
	return __syscall_ret(sys_umount2(path, flags));
}
