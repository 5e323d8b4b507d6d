#include <unistd.h>
#include "syscall.h"

int truncate(const char *path, off_t len)
{
	return __syscall_ret(sys_truncate(path, len));
}
