#include <unistd.h>
#include "syscall.h"

int chown(const char *path, uid_t uid, gid_t gid)
{
	return __syscall_ret(sys_fchownat(__LSTAR_AT_FDCWD, path, uid, gid, 0));
}
