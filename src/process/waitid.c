#include <sys/wait.h>
#include "syscall.h"

int waitid(idtype_t type, id_t id, siginfo_t *info, int options)
{
	return __syscall_ret(sys_waitid(type, id, (struct __lstar_siginfo *)info, options, 0));
}
