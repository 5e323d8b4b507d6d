#include <unistd.h>
#include "syscall.h"

int setreuid(uid_t r, uid_t e)
{
	return __syscall_ret(sys_setreuid(r, e));
}
