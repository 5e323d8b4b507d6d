#include <fcntl.h>
#include <stdlib.h>
#include "syscall.h"

/* The multiplexor: each open gives a new master (devpts, Unix 98). */
int posix_openpt(int flags)
{
	return __syscall_ret(sys_openat(AT_FDCWD, "/dev/ptmx", flags, 0));
}
