#include <unistd.h>
#include "syscall.h"

ssize_t readlinkat(int dirfd, const char *restrict path, char *restrict buf, size_t n)
{
	return __syscall_ret(sys_readlinkat(dirfd, path, buf, n));
}
