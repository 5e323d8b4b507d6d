#include <unistd.h>
#include "syscall.h"
#include <fcntl.h>

int rmdir(const char *path)
{
	return __syscall_ret(sys_unlinkat(AT_FDCWD, path, AT_REMOVEDIR));
}
