#include <unistd.h>
#include "syscall.h"

int access(const char *path, int mode)
{
	return __syscall_ret(sys_faccessat(__LSTAR_AT_FDCWD, path, mode));
}
