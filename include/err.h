#ifndef _ERR_H
#define _ERR_H
/* BSD error messages on stderr: "name: message[: strerror(errno)]\n" with
 * name = program_invocation_short_name; err* then exit(status). */
#include <stdarg.h>

#define __lstar_printf(f, a) __attribute__((__format__(__printf__, f, a)))

void warn(const char *fmt, ...) __lstar_printf(1, 2);
void warnx(const char *fmt, ...) __lstar_printf(1, 2);
void vwarn(const char *fmt, va_list ap) __lstar_printf(1, 0);
void vwarnx(const char *fmt, va_list ap) __lstar_printf(1, 0);
_Noreturn void err(int status, const char *fmt, ...) __lstar_printf(2, 3);
_Noreturn void errx(int status, const char *fmt, ...) __lstar_printf(2, 3);
_Noreturn void verr(int status, const char *fmt, va_list ap) __lstar_printf(2, 0);
_Noreturn void verrx(int status, const char *fmt, va_list ap) __lstar_printf(2, 0);

#undef __lstar_printf
#endif
