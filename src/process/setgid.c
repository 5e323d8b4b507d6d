#include <unistd.h>
#include "syscall.h"

int setgid(gid_t gid)
{
	return __syscall_ret(sys_setgid(gid));
}
