#include <sys/select.h>
#include "syscall.h"

int select(int n, fd_set *restrict r, fd_set *restrict w, fd_set *restrict e, struct timeval *restrict tv)
{
	return __syscall_ret(sys_select(n, r, w, e, tv));
}
