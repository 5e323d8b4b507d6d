#include <unistd.h>
#include "exec_args.h"

/* The environment follows the NULL that ends the arguments. */
int execle(const char *path, const char *arg, ...)
{
	va_list ap;
	va_start(ap, arg);
	int n = __lstar_count_args(arg, ap);
	va_end(ap);

	char *argv[n];
	argv[0] = (char *)arg;
	va_start(ap, arg);
	for (int i = 1; i < n; i++)
		argv[i] = va_arg(ap, char *);
	char **envp = va_arg(ap, char **);
	va_end(ap);
	return execve(path, argv, envp);
}
