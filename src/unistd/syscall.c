#include <unistd.h>
#include "syscall.h"
#include <stdarg.h>

/* Reads six arguments whatever the call takes: extra va_arg reads of longs
 * are harmless on x86_64 (they come from registers or the caller's frame). */
long syscall(long nr, ...)
{
	va_list ap;
	va_start(ap, nr);
	long a = va_arg(ap, long), b = va_arg(ap, long), c = va_arg(ap, long);
	long d = va_arg(ap, long), e = va_arg(ap, long), f = va_arg(ap, long);
	va_end(ap);
	return __syscall_ret(__syscall6(nr, a, b, c, d, e, f));
}
