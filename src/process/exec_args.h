#ifndef LSTAR_EXEC_ARGS_H
#define LSTAR_EXEC_ARGS_H
#include <stdarg.h>
#include "libc.h"

enum { EXECL_PATH, EXECL_ENV, EXECL_SEARCH };

/* The common body of execl, execle and execlp: gathers the NULL-terminated
 * argument list that follows `arg` (and, for EXECL_ENV, the envp after it)
 * into an array on this frame, then runs execve or execvp. */
int __lstar_execl(const char *file, const char *arg, va_list ap, int how) __hidden;
#endif
