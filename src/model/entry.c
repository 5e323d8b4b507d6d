/*
 * The model's entry_SYSCALL_64.  As the kernel built with x32 support does
 * (arch/x86/entry/entry_64.S):
 *
 *	andl $__SYSCALL_MASK, %eax	# drop __X32_SYSCALL_BIT; 32-bit eax
 *	cmpl $__NR_syscall_max, %eax
 *	ja 1f				# unsigned: negative numbers too -> -ENOSYS
 *	call *sys_call_table(, %rax, 8)
 *
 * Around the call: the virtual clock ticks, fault injection may replace
 * the result, and the tracer records the call.
 */
#include <errno.h>
#include "kernel.h"

#define __SYSCALL_MASK (~(unsigned int)__X32_SYSCALL_BIT)

long __lstar_model_entry(long n, long a1, long a2, long a3, long a4, long a5, long a6)
{
	struct model *m = current_model;
	const long args[6] = { a1, a2, a3, a4, a5, a6 };
	unsigned int nr = (unsigned int)n & __SYSCALL_MASK;
	struct lstar_model_syscall *rec = __lstar_model_trace_enter(n, nr, args);
	struct pt_regs regs = {
		(unsigned long)a1, (unsigned long)a2, (unsigned long)a3,
		(unsigned long)a4, (unsigned long)a5, (unsigned long)a6,
	};
	long ret;
	int injected = 0;

	m->clock_ns += 1000;
	if (nr > __NR_syscall_max) {
		ret = -ENOSYS;
	} else {
		struct inject_result inj = __lstar_model_inject_check(nr);
		if (inj.action == 1) {
			ret = inj.value;
			injected = 1;
		} else {
			m->io_limit = inj.action == 2 ? inj.value : -1;
			ret = sys_call_table[nr](&regs);
			injected = inj.action == 2;
			m->io_limit = -1;
		}
	}
	__lstar_model_trace_exit(rec, ret, injected);
	/* Signals raised by this call (SIGPIPE, kill) are delivered on the way
	 * back to user space, as the kernel does: a handler runs now, a fatal
	 * default action ends the program. */
	if (__lstar_model_running()) {
		int sig = __lstar_model_deliver_signals();
		if (sig)
			__lstar_model_do_exit(sig);
	}
	return ret;
}
