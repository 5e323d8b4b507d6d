#include <signal.h>
#include "syscall.h"

/* To this thread, as POSIX asks: tgkill with the caller's thread id.  The
 * ids are not cached, so a forked child signals itself, not its parent. */
int raise(int sig)
{
	return __syscall_ret(sys_tgkill(sys_getpid(), sys_gettid(), sig));
}
