#include <err.h>
#include "warn_impl.h"

void warnx(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	__lstar_vwarn(fmt, ap, 0);
	va_end(ap);
}
