#include <sys/mman.h>
#include "syscall.h"

int mlockall(int flags)
{
	return __syscall_ret(sys_mlockall(flags));
}
