#include <unistd.h>
#include "syscall.h"

int pause(void)
{
	return __syscall_ret(sys_pause());
}
