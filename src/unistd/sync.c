#include <unistd.h>
#include "syscall.h"

void sync(void)
{
	sys_sync();
}
