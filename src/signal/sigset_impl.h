#ifndef LSTAR_SIGSET_IMPL_H
#define LSTAR_SIGSET_IMPL_H
#include <signal.h>
#include <errno.h>

/* Valid signal numbers are 1.._NSIG-1; anything else is EINVAL. */
static inline int __lstar_bad_signal(int sig)
{
	if (sig >= 1 && sig < _NSIG)
		return 0;
	errno = EINVAL;
	return 1;
}

static inline unsigned long __lstar_sigbit(int sig)
{
	return 1UL << ((unsigned)(sig - 1) % (8 * sizeof(unsigned long)));
}

static inline unsigned __lstar_sigword(int sig)
{
	return (unsigned)(sig - 1) / (8 * sizeof(unsigned long));
}
#endif
