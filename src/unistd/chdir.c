#include <unistd.h>
#include "syscall.h"

int chdir(const char *path)
{
	return __syscall_ret(sys_chdir(path));
}
