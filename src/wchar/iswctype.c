#include "wctype_impl.h"

/* 0 for a type wctype did not return (glibc would crash). */
int iswctype(wint_t wc, wctype_t type)
{
	if (type < 1 || type > 12)
		return 0;
	return __lstar_wctype_table[type - 1].test(wc);
}
