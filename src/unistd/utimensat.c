#include <sys/stat.h>
#include "syscall.h"

int utimensat(int dirfd, const char *path, const struct timespec times[2], int flags)
{
	return __syscall_ret(sys_utimensat(dirfd, path, times, flags));
}
