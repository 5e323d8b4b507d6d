/*
 * Signals (kernel/signal.c), for a single thread: dispositions, the blocked
 * mask, and delivery on the way back from each system call, which is when
 * the kernel delivers too.  A handler runs on the program's own stack, as
 * if called from the interrupted syscall's return point.
 */
#include <errno.h>
#include <string.h>
#include "kernel.h"

#define NSIG 64
#define SIG_DFL_ 0UL
#define SIG_IGN_ 1UL
#define SA_NODEFER 0x40000000UL
#define SA_RESETHAND 0x80000000UL
#define SIGKILL_ 9
#define SIGSTOP_ 19

/* The kernel's struct sigaction for rt_sigaction on x86_64. */
struct kernel_sigaction {
	unsigned long handler;
	unsigned long flags;
	unsigned long restorer;
	unsigned long mask;
};

static struct kernel_sigaction actions[NSIG + 1];
static unsigned long blocked, pending;

static unsigned long bit(int sig)
{
	return 1UL << (sig - 1);
}

void __lstar_model_signal_reset(void)
{
	memset(actions, 0, sizeof actions);
	blocked = pending = 0;
}

/* Default action "ignore" (signal(7)); every other default ends us. */
static int sig_ignored_by_default(int sig)
{
	return sig == 17 /* SIGCHLD */ || sig == 18 /* SIGCONT */ || sig == 23 /* SIGURG */ ||
	       sig == 28 /* SIGWINCH */;
}

void __lstar_model_raise(int sig)
{
	if (sig >= 1 && sig <= NSIG)
		pending |= bit(sig);
}

long sys_rt_sigaction(const struct pt_regs *regs)
{
	int sig = (int)regs->di;
	const struct kernel_sigaction *act = (const void *)regs->si;
	struct kernel_sigaction *old = (void *)regs->dx;
	if (regs->r10 != sizeof(unsigned long) || sig < 1 || sig > NSIG)
		return -EINVAL;
	if (act && (sig == SIGKILL_ || sig == SIGSTOP_))
		return -EINVAL;
	if (old)
		*old = actions[sig];
	if (act) {
		actions[sig] = *act;
		if (act->handler == SIG_IGN_)
			pending &= ~bit(sig);
	}
	return 0;
}

long sys_rt_sigprocmask(const struct pt_regs *regs)
{
	int how = (int)regs->di;
	const unsigned long *set = (const void *)regs->si;
	unsigned long *old = (void *)regs->dx;
	if (regs->r10 != sizeof(unsigned long))
		return -EINVAL;
	if (set && (how < 0 || how > 2))
		return -EINVAL;
	if (old)
		*old = blocked;
	if (set) {
		unsigned long s = *set & ~(bit(SIGKILL_) | bit(SIGSTOP_));
		blocked = how == 0 ? blocked | s : how == 1 ? blocked & ~s : s;
	}
	return 0;
}

/* Deliver what is pending and not blocked; returns the fatal signal, or 0. */
int __lstar_model_deliver_signals(void)
{
	for (int sig = 1; sig <= NSIG; sig++) {
		if (!(pending & bit(sig) & ~blocked))
			continue;
		pending &= ~bit(sig);
		struct kernel_sigaction *ka = &actions[sig];
		if (ka->handler == SIG_IGN_)
			continue;
		if (ka->handler == SIG_DFL_) {
			if (sig_ignored_by_default(sig))
				continue;
			return sig;
		}
		void (*fn)(int) = (void (*)(int))ka->handler;
		unsigned long saved = blocked;
		blocked |= ka->mask | (ka->flags & SA_NODEFER ? 0 : bit(sig));
		if (ka->flags & SA_RESETHAND)
			ka->handler = SIG_DFL_;
		fn(sig);
		blocked = saved;
	}
	return 0;
}
