#include <unistd.h>
#include "exec_args.h"

int __lstar_execl(const char *file, const char *arg, va_list ap, int how)
{
	va_list count;
	int n = 2;	/* arg and the terminating NULL */
	va_copy(count, ap);
	if (arg)
		while (va_arg(count, const char *))
			n++;
	else
		n = 1;
	va_end(count);

	char *argv[n];
	argv[0] = (char *)arg;
	for (int i = 1; i < n; i++)
		argv[i] = va_arg(ap, char *);
	if (how == EXECL_SEARCH)
		return execvp(file, argv);
	return execve(file, argv, how == EXECL_ENV ? va_arg(ap, char **) : environ);
}
