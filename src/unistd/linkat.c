#include <unistd.h>
#include "syscall.h"

int linkat(int od, const char *old, int nd, const char *new_, int flags)
{
	return __syscall_ret(sys_linkat(od, old, nd, new_, flags));
}
