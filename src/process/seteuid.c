#include <unistd.h>
#include "syscall.h"

int seteuid(uid_t uid)
{
	return __syscall_ret(sys_setresuid(-1, uid, -1));
}
