#include <stdlib.h>
#include "libc.h"
#include "syscall.h"

/* The hooks' defaults (libc.h): nothing to run. */
__attribute__((cold)) static void nothing(void)
{
}
void __lstar_funcs_on_exit(void) __attribute__((weak, alias("nothing"), cold));
void __lstar_libc_fini(void) __attribute__((weak, alias("nothing"), cold));

/* C11 7.22.4.4: atexit handlers (last registered first), then the fini
 * arrays, whose last entries to run flush every open stream (each kind of
 * stream registers its own, at implementation priority: stdout.c,
 * stderr.c, __ofl.c); only then does the process end, with exit_group
 * made here rather than through _Exit, which every program would then
 * carry as well (11 bytes, docs/size.md). */
__attribute__((cold)) _Noreturn void exit(int status)
{
	__lstar_funcs_on_exit();
	__lstar_libc_fini();
	__lstar_exit_group(status);
}
