#include <err.h>
#include <stdlib.h>
#include "warn_impl.h"

_Noreturn void errx(int status, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	__lstar_vwarn(fmt, ap, 0);
	va_end(ap);
	exit(status);
}
