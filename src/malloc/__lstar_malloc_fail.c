#include <stdlib.h>
#include <string.h>
#include "syscall.h"
#include "malloc_impl.h"

_Noreturn void __lstar_malloc_fail(const char *msg)
{
	sys_write(2, msg, strlen(msg));
	sys_write(2, "\n", 1);
	abort();
}
