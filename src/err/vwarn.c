#include <err.h>
#include "warn_impl.h"

void vwarn(const char *fmt, va_list ap)
{
	__lstar_vwarn(fmt, ap, 1);
}
