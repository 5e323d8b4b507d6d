#include <sys/stat.h>
#include "syscall.h"

int chmod(const char *path, mode_t mode)
{
	return __syscall_ret(sys_fchmodat(__LSTAR_AT_FDCWD, path, mode));
}
