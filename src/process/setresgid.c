#include <unistd.h>
#include "syscall.h"

int setresgid(gid_t r, gid_t e, gid_t s)
{
	return __syscall_ret(sys_setresgid(r, e, s));
}
