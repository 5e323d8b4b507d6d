#include <unistd.h>
#include "exec_args.h"

int execl(const char *path, const char *arg, ...)
{
	va_list ap;
	va_start(ap, arg);
	int r = __lstar_execl(path, arg, ap, EXECL_PATH);
	va_end(ap);
	return r;
}
