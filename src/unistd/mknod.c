#include <sys/stat.h>
#include "syscall.h"

int mknod(const char *path, mode_t mode, dev_t dev)
{
	return __syscall_ret(sys_mknodat(__LSTAR_AT_FDCWD, path, mode, dev));
}
