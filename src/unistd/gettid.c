#include <unistd.h>
#include "syscall.h"

pid_t gettid(void)
{
	return sys_gettid();
}
