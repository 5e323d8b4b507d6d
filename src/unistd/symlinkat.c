#include <unistd.h>
#include "syscall.h"

int symlinkat(const char *target, int dirfd, const char *path)
{
	return __syscall_ret(sys_symlinkat(target, dirfd, path));
}
