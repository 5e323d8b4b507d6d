#include <assert.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <sys/auxv.h>
#include "syscall.h"

/* Set by start-up code if it is linked; otherwise the name comes from the
 * path the kernel executed (AT_EXECFN), whose last part matches argv[0]'s
 * for a program started through $PATH or a relative path. */
extern char *program_invocation_short_name __attribute__((weak));

static const char *progname(void)
{
	if (&program_invocation_short_name && program_invocation_short_name)
		return program_invocation_short_name;
	const char *path = (const char *)getauxval(AT_EXECFN);
	if (!path)
		return "";
	const char *slash = strrchr(path, '/');
	return slash ? slash + 1 : path;
}

static char *put(char *p, char *end, const char *s)
{
	size_t n = strlen(s);
	if (n > (size_t)(end - p))
		n = end - p;
	memcpy(p, s, n);
	return p + n;
}

/* glibc's message, written with one write(2) so it cannot interleave:
 * "prog: file:line: func: Assertion `expr' failed." */
_Noreturn void __assert_fail(const char *expr, const char *file, unsigned line, const char *func)
{
	char buf[1024], num[12], *p = buf, *end = buf + sizeof buf - 1;
	char *q = num + sizeof num;
	const char *name = progname();
	*--q = 0;
	do *--q = '0' + line % 10; while (line /= 10);
	if (*name) {
		p = put(p, end, name);
		p = put(p, end, ": ");
	}
	p = put(p, end, file);
	p = put(p, end, ":");
	p = put(p, end, q);
	p = put(p, end, ": ");
	if (func) {
		p = put(p, end, func);
		p = put(p, end, ": ");
	}
	p = put(p, end, "Assertion `");
	p = put(p, end, expr);
	p = put(p, end, "' failed.\n");
	sys_write(2, buf, p - buf);
	abort();
}
