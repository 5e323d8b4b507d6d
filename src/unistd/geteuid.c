#include <unistd.h>
#include "syscall.h"

uid_t geteuid(void)
{
	return sys_geteuid();
}
