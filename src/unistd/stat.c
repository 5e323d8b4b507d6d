#include <sys/stat.h>
#include "syscall.h"
#include <fcntl.h>

int stat(const char *restrict path, struct stat *restrict st)
{
	return __syscall_ret(sys_newfstatat(AT_FDCWD, path, st, 0));
}
