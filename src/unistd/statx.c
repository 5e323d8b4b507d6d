#include <sys/stat.h>
#include "syscall.h"

int statx(int dirfd, const char *restrict path, int flags, unsigned mask, struct statx *restrict stx)
{
	return __syscall_ret(sys_statx(dirfd, path, flags, mask, stx));
}
