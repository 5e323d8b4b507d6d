#include <sys/utsname.h>
#include "syscall.h"

int uname(struct utsname *u)
{
	return __syscall_ret(sys_uname(u));
}
