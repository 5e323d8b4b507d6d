#include <unistd.h>
#include "syscall.h"

int getresgid(gid_t *r, gid_t *e, gid_t *s)
{
	return __syscall_ret(sys_getresgid(r, e, s));
}
