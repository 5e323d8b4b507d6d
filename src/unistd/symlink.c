#include <unistd.h>
#include "syscall.h"

int symlink(const char *target, const char *path)
{
	return __syscall_ret(sys_symlinkat(target, __LSTAR_AT_FDCWD, path));
}
