#include <unistd.h>
#include "syscall.h"

unsigned alarm(unsigned seconds)
{
	return sys_alarm(seconds);
}
