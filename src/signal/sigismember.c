#include "sigset_impl.h"

int sigismember(const sigset_t *set, int sig)
{
	if (__lstar_bad_signal(sig))
		return -1;
	return !!(set->__val[__lstar_sigword(sig)] & __lstar_sigbit(sig));
}
