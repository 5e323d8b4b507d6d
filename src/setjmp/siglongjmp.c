#include <setjmp.h>
#include <signal.h>
#include "syscall.h"

_Noreturn void siglongjmp(sigjmp_buf env, int val)
{
	if (env->__mask_was_saved)
		sys_rt_sigprocmask(SIG_SETMASK, &env->__saved_mask, 0, __LSTAR_KSIGSET_SIZE);
	longjmp(env, val);
}
