#include <sys/resource.h>
#include "syscall.h"

int getrusage(int who, struct rusage *ru)
{
	return __syscall_ret(sys_getrusage(who, ru));
}
