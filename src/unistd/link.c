#include <unistd.h>
#include "syscall.h"

int link(const char *old, const char *new_)
{
	return __syscall_ret(sys_linkat(__LSTAR_AT_FDCWD, old, __LSTAR_AT_FDCWD, new_, 0));
}
