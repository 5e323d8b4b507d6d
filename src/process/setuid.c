#include <unistd.h>
#include "syscall.h"

int setuid(uid_t uid)
{
	return __syscall_ret(sys_setuid(uid));
}
