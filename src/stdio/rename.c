#include <stdio.h>
#include "syscall.h"
#include <fcntl.h>

int rename(const char *old, const char *new_)
{
	return __syscall_ret(sys_renameat(AT_FDCWD, old, AT_FDCWD, new_));
}
