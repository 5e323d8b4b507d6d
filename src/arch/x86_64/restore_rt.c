/*
 * The signal return trampoline.  sigaction installs every handler with
 * SA_RESTORER pointing here: the handler's `ret` lands on this code, with
 * rsp at the kernel's rt_sigframe, and rt_sigreturn restores the
 * interrupted context.  The exact bytes `mov $15,%rax; syscall` are what
 * gdb and libgcc's unwinder recognise as a signal frame, so backtraces
 * through a handler work.  No frame setup: this is not a C function.
 */
#include "asm.h"

__asm__(
	".text\n"
	".global __lstar_restore_rt\n"
	".hidden __lstar_restore_rt\n"
	".type __lstar_restore_rt,@function\n"
	"	nop\n"	/* unwinders look one byte before the return address */
	"__lstar_restore_rt:\n"
	"	mov $" __LSTAR_STR(__NR_rt_sigreturn) ",%rax\n"
	"	syscall\n"
	"	hlt\n"
	".size __lstar_restore_rt,.-__lstar_restore_rt\n"
);
