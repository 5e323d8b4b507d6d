#include <unistd.h>
#include "syscall.h"

int getgroups(int n, gid_t list[])
{
	return __syscall_ret(sys_getgroups(n, list));
}
