#include <sys/stat.h>
#include "syscall.h"

int mkdirat(int dirfd, const char *path, mode_t mode)
{
	return __syscall_ret(sys_mkdirat(dirfd, path, mode));
}
