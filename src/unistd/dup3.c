#include <unistd.h>
#include "syscall.h"

int dup3(int old, int new_, int flags)
{
	return __syscall_ret(sys_dup3(old, new_, flags));
}
