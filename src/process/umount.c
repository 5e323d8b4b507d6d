#include <sys/mount.h>
#include "syscall.h"

int umount(const char *path)
{
	return __syscall_ret(sys_umount2(path, 0));
}
