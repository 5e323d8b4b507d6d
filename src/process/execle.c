#include <unistd.h>
#include "exec_args.h"

int execle(const char *path, const char *arg, ...)
{
	va_list ap;
	va_start(ap, arg);
	int r = __lstar_execl(path, arg, ap, EXECL_ENV);
	va_end(ap);
	return r;
}
