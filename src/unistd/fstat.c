#include <sys/stat.h>
#include "syscall.h"

int fstat(int fd, struct stat *st)
{
	return __syscall_ret(sys_fstat(fd, st));
}
