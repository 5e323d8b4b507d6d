#include <unistd.h>
#include "syscall.h"

int getresuid(uid_t *r, uid_t *e, uid_t *s)
{
	return __syscall_ret(sys_getresuid(r, e, s));
}
