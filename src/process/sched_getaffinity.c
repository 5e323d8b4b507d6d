#include <sched.h>
#include <string.h>
#include "syscall.h"

/* The kernel fills only as many bytes as it has CPUs for and returns that
 * count; the rest of the caller's set is cleared and 0 returned. */
int sched_getaffinity(pid_t pid, size_t size, cpu_set_t *set)
{
	long r = sys_sched_getaffinity(pid, size, set);
	if (r < 0)
		return __syscall_ret(r);
	if ((size_t)r < size)
		memset((char *)set + r, 0, size - (size_t)r);
	return 0;
}
