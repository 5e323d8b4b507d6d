#include <unistd.h>
#include "syscall.h"

int sethostname(const char *name, size_t len)
{
	return __syscall_ret(sys_sethostname(name, len));
}
