#include <unistd.h>
#include "syscall.h"

int unlinkat(int dirfd, const char *path, int flags)
{
	return __syscall_ret(sys_unlinkat(dirfd, path, flags));
}
