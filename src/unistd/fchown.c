#include <unistd.h>
#include "syscall.h"

int fchown(int fd, uid_t uid, gid_t gid)
{
	return __syscall_ret(sys_fchown(fd, uid, gid));
}
