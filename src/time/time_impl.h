/* Internal pieces shared by the time functions. */
#ifndef LSTAR_TIME_IMPL_H
#define LSTAR_TIME_IMPL_H
#include <time.h>
#include "libc.h"

/* The address of `name` (version LINUX_2.6) in the vDSO, or NULL when
 * there is none.  Real kernel: src/arch/x86_64/vdso.c; kernel model:
 * src/time/vdso_none.c.  Costs no system call. */
void *__lstar_vdso_sym(const char *name) __hidden;

/* Seconds since the epoch <-> broken-down UTC time.  __lstar_secs_to_tm
 * returns -1 when the year does not fit in tm_year. */
int __lstar_secs_to_tm(long long t, struct tm *tm) __hidden;
long long __lstar_tm_to_secs(const struct tm *tm) __hidden;

/* mktime/timegm: normalise *tm, give it the zone name, return the time. */
time_t __lstar_normalise_tm(struct tm *tm, const char *zone) __hidden;
#endif
