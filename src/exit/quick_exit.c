#include <stdlib.h>
#include "quick_exit.h"

/* C11 7.22.4.7: at_quick_exit handlers, last first, then _Exit: no atexit
 * handlers and no stdio flush. */
_Noreturn void quick_exit(int status)
{
	if (__lstar_funcs_on_quick_exit)
		__lstar_funcs_on_quick_exit();
	_Exit(status);
}
