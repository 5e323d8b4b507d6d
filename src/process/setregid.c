#include <unistd.h>
#include "syscall.h"

int setregid(gid_t r, gid_t e)
{
	return __syscall_ret(sys_setregid(r, e));
}
