#include <signal.h>
#include "syscall.h"

int sigaltstack(const stack_t *restrict ss, stack_t *restrict old)
{
	return __syscall_ret(sys_sigaltstack(ss, old));
}
