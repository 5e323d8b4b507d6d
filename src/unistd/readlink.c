#include <unistd.h>
#include "syscall.h"

ssize_t readlink(const char *restrict path, char *restrict buf, size_t n)
{
	return __syscall_ret(sys_readlinkat(__LSTAR_AT_FDCWD, path, buf, n));
}
