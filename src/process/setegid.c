#include <unistd.h>
#include "syscall.h"

int setegid(gid_t gid)
{
	return __syscall_ret(sys_setresgid(-1, gid, -1));
}
