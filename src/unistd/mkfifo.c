#include <sys/stat.h>
#include "syscall.h"

int mkfifo(const char *path, mode_t mode)
{
	return __syscall_ret(sys_mknodat(__LSTAR_AT_FDCWD, path, mode | S_IFIFO, 0));
}
