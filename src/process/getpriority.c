#include <sys/resource.h>
#include "syscall.h"

/* The kernel returns 20 - nice (1..40) so that no success looks like an
 * error; the nice value is -20..19. */
int getpriority(int which, id_t who)
{
	long r = sys_getpriority(which, who);
	if (r < 0)
		return __syscall_ret(r);
	return 20 - (int)r;
}
