#ifndef LSTAR_EXEC_ARGS_H
#define LSTAR_EXEC_ARGS_H
#include <stdarg.h>

/* Counts the arguments of an execl-style call after `arg`, up to and
 * including the terminating NULL. */
static inline int __lstar_count_args(const char *arg, va_list ap)
{
	int n = 1;
	if (!arg)
		return 1;
	while (va_arg(ap, const char *))
		n++;
	return n + 1;
}
#endif
