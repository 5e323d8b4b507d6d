#include <err.h>
#include "warn_impl.h"

void warn(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	__lstar_vwarn(fmt, ap, 1);
	va_end(ap);
}
