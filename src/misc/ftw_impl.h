#ifndef LSTAR_FTW_IMPL_H
#define LSTAR_FTW_IMPL_H

#include <ftw.h>
#include "libc.h"

/* The walk behind both: exactly one of fn (nftw) and old (ftw) is set. */
int __lstar_ftw(const char *dir, __nftw_func_t fn, __ftw_func_t old, int flags) __hidden;

#endif
