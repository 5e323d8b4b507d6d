#include <unistd.h>
#include "syscall.h"

int close(int fd)
{
	return __syscall_ret(sys_close(fd));
}
