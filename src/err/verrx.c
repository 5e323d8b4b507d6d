#include <err.h>
#include <stdlib.h>
#include "warn_impl.h"

_Noreturn void verrx(int status, const char *fmt, va_list ap)
{
	__lstar_vwarn(fmt, ap, 0);
	exit(status);
}
