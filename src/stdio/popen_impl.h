/* Streams opened by popen, for pclose (their child's pid) and for every
 * later popen child, which must close them (POSIX). */
#ifndef LSTAR_POPEN_IMPL_H
#define LSTAR_POPEN_IMPL_H

#include <sys/types.h>
#include "stdio_impl.h"

struct __lstar_popen {
	FILE *f;
	pid_t pid;
	int fd;		/* kept apart from f, which the child must not read */
	struct __lstar_popen *next;
};

extern struct __lstar_popen *__lstar_popen_list __hidden;

#endif
