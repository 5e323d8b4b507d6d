#include <time.h>
#include "syscall.h"
#include "../time/time_impl.h"

/* The vDSO's C prototype: an int result, so only eax is meaningful. */
typedef int (*vdso_clock_gettime)(clockid_t clk, struct timespec *ts);

/*
 * Through the vDSO when the kernel offers one: no system call for the
 * clocks it serves (it makes the syscall itself for the rest and returns
 * the raw -errno).  The symbol is looked up on the first call, never before
 * main.  A NULL ts goes to the kernel, which answers EFAULT, where the
 * vDSO would fault.
 */
int clock_gettime(clockid_t clk, struct timespec *ts)
{
	static vdso_clock_gettime fn;
	static int looked;

	if (!looked) {
		fn = (vdso_clock_gettime)__lstar_vdso_sym("__vdso_clock_gettime");
		looked = 1;
	}
	if (fn && ts) {
		int r = fn(clk, ts);
		return r ? (int)__syscall_ret(r) : 0;
	}
	return __syscall_ret(sys_clock_gettime(clk, ts));
}
