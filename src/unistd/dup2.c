#include <unistd.h>
#include "syscall.h"

int dup2(int old, int new_)
{
	return __syscall_ret(sys_dup2(old, new_));
}
