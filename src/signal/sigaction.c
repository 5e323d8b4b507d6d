#include <signal.h>
#include <errno.h>
#include <string.h>
#include "syscall.h"
#include "ksigaction.h"

/* Every handler returns through lstar's trampoline (SA_RESTORER): x86_64
 * kernels require one.  Signals 1..64 are valid; the kernel itself refuses
 * to change SIGKILL and SIGSTOP. */
int sigaction(int sig, const struct sigaction *restrict act, struct sigaction *restrict old)
{
	struct __lstar_k_sigaction k, ko;

	if (sig < 1 || sig >= _NSIG) {
		errno = EINVAL;
		return -1;
	}
	if (act) {
		k.handler = (void *)act->sa_handler;
		k.flags = (unsigned)act->sa_flags | SA_RESTORER;
		k.restorer = __lstar_restore_rt;
		k.mask = act->sa_mask.__val[0];
	}
	long r = sys_rt_sigaction(sig, act ? &k : 0, old ? &ko : 0, __LSTAR_KSIGSET_SIZE);
	if (r < 0)
		return __syscall_ret(r);
	if (old) {
		memset(old, 0, sizeof *old);
		old->sa_handler = (void (*)(int))ko.handler;
		old->sa_flags = (int)ko.flags;
		old->sa_restorer = ko.restorer;
		old->sa_mask.__val[0] = ko.mask;
	}
	return 0;
}
