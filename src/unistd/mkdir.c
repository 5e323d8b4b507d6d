#include <sys/stat.h>
#include "syscall.h"

int mkdir(const char *path, mode_t mode)
{
	return __syscall_ret(sys_mkdirat(__LSTAR_AT_FDCWD, path, mode));
}
