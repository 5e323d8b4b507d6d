#include <sys/stat.h>
#include "syscall.h"

mode_t umask(mode_t mask)
{
	return sys_umask(mask);
}
