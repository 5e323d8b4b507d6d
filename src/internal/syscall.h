/* Internal view of the syscall layer: the raw wrappers plus the single point
 * where a raw -errno becomes errno and -1. */
#ifndef LSTAR_INTERNAL_SYSCALL_H
#define LSTAR_INTERNAL_SYSCALL_H

#include <lstar/syscall.h>

#define __hidden __attribute__((visibility("hidden")))

/* r in -4095..-1 sets errno and yields -1; anything else passes through. */
long __syscall_ret(long r) __hidden;

/* The end of the process, for _Exit and for exit, which makes it inline
 * rather than carry _Exit too.  exit_group ends every thread; the loop
 * only satisfies _Noreturn. */
static inline _Noreturn void __lstar_exit_group(int status)
{
	for (;;)
		sys_exit_group(status);
}

#endif
