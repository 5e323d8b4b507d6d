#include <sys/prctl.h>
#include <stdarg.h>
#include "syscall.h"

/* Every prctl argument is an unsigned long or a pointer; unused ones are
 * read anyway, as the kernel ignores them. */
int prctl(int op, ...)
{
	unsigned long a[4];
	va_list ap;
	va_start(ap, op);
	for (int i = 0; i < 4; i++)
		a[i] = va_arg(ap, unsigned long);
	va_end(ap);
	return __syscall_ret(sys_prctl(op, a[0], a[1], a[2], a[3]));
}
