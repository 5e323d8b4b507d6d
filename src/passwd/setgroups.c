#include <grp.h>
#include "syscall.h"

int setgroups(size_t n, const gid_t *list)
{
	return __syscall_ret(sys_setgroups(n, list));
}
