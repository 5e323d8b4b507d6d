#include <fcntl.h>
#include "syscall.h"

int creat(const char *path, mode_t mode)
{
	return __syscall_ret(sys_openat(AT_FDCWD, path, O_CREAT | O_WRONLY | O_TRUNC, mode));
}
