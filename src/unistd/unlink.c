#include <unistd.h>
#include "syscall.h"

int unlink(const char *path)
{
	return __syscall_ret(sys_unlinkat(__LSTAR_AT_FDCWD, path, 0));
}
