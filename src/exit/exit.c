#include <stdlib.h>
#include "libc.h"

/* C11 7.22.4.4: atexit handlers (last registered first), then the fini
 * arrays, then every stream is flushed; only then does the process end. */
__attribute__((cold)) _Noreturn void exit(int status)
{
	if (__lstar_funcs_on_exit)
		__lstar_funcs_on_exit();
	if (__lstar_libc_fini)
		__lstar_libc_fini();
	if (__lstar_stdio_exit)
		__lstar_stdio_exit();
	_Exit(status);
}
