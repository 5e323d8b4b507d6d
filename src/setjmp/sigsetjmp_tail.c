#include <setjmp.h>
#include <signal.h>
#include "syscall.h"
#include "libc.h"

/* Entered by a jump from sigsetjmp (src/arch/x86_64/setjmp.c) after the
 * registers are saved, so its return is sigsetjmp's return. */
__hidden int __lstar_sigsetjmp_tail(sigjmp_buf env, int savemask)
{
	env->__mask_was_saved = savemask != 0;
	if (savemask)
		sys_rt_sigprocmask(SIG_BLOCK, 0, &env->__saved_mask, __LSTAR_KSIGSET_SIZE);
	return 0;
}
