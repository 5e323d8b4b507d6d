#include <unistd.h>
#include "syscall.h"

int fchownat(int dirfd, const char *path, uid_t uid, gid_t gid, int flags)
{
	return __syscall_ret(sys_fchownat(dirfd, path, uid, gid, flags));
}
