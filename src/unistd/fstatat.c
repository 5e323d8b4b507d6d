#include <sys/stat.h>
#include "syscall.h"

int fstatat(int dirfd, const char *restrict path, struct stat *restrict st, int flags)
{
	return __syscall_ret(sys_newfstatat(dirfd, path, st, flags));
}
