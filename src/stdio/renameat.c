#include <stdio.h>
#include "syscall.h"

int renameat(int olddir, const char *old, int newdir, const char *new_)
{
	return __syscall_ret(sys_renameat(olddir, old, newdir, new_));
}
