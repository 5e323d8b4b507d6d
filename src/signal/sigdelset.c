#include "sigset_impl.h"

int sigdelset(sigset_t *set, int sig)
{
	if (__lstar_bad_signal(sig))
		return -1;
	set->__val[__lstar_sigword(sig)] &= ~__lstar_sigbit(sig);
	return 0;
}
