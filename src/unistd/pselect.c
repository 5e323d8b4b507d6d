#include <sys/select.h>
#include "syscall.h"

/* pselect6 takes its mask as {pointer, kernel size}; the timeout is
 * copied because the kernel writes the time left into it. */
int pselect(int n, fd_set *restrict r, fd_set *restrict w, fd_set *restrict e,
	    const struct timespec *restrict ts, const __lstar_sigset_t *restrict mask)
{
	struct timespec t;
	unsigned long data[2] = { (unsigned long)mask, __LSTAR_KSIGSET_SIZE };
	if (ts)
		t = *ts;
	return __syscall_ret(sys_pselect6(n, r, w, e, ts ? &t : 0, mask ? data : 0));
}
