#ifndef LSTAR_WARN_IMPL_H
#define LSTAR_WARN_IMPL_H
#include <stdarg.h>
#include "libc.h"

/* "name: " fmt [": " strerror(errno)] "\n" on stderr, errno preserved. */
void __lstar_vwarn(const char *fmt, va_list ap, int with_errno) __hidden;
#endif
