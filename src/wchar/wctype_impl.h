#ifndef LSTAR_WCTYPE_IMPL_H
#define LSTAR_WCTYPE_IMPL_H
#include <wctype.h>
#include "libc.h"

struct __lstar_wclass {
	char name[7];
	int (*test)(wint_t);
};
extern const struct __lstar_wclass __lstar_wctype_table[12] __hidden;

/* wctrans_t points at one of these two. */
extern const int __lstar_wctrans_table[2] __hidden;
#endif
