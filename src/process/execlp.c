#include <unistd.h>
#include "exec_args.h"

int execlp(const char *file, const char *arg, ...)
{
	va_list ap;
	va_start(ap, arg);
	int r = __lstar_execl(file, arg, ap, EXECL_SEARCH);
	va_end(ap);
	return r;
}
