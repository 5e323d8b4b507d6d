#include <unistd.h>
#include "syscall.h"

int chroot(const char *path)
{
	return __syscall_ret(sys_chroot(path));
}
