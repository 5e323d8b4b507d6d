#include <stdlib.h>
#include "libc.h"

/* The hooks' defaults (libc.h): nothing to run. */
__attribute__((cold)) static void nothing(void)
{
}
void __lstar_funcs_on_exit(void) __attribute__((weak, alias("nothing"), cold));
void __lstar_libc_fini(void) __attribute__((weak, alias("nothing"), cold));

/* C11 7.22.4.4: atexit handlers (last registered first), then the fini
 * arrays, whose last entries to run flush every open stream (each kind of
 * stream registers its own, at implementation priority: stdout.c,
 * stderr.c, __ofl.c); only then does the process end. */
__attribute__((cold)) _Noreturn void exit(int status)
{
	__lstar_funcs_on_exit();
	__lstar_libc_fini();
	_Exit(status);
}
