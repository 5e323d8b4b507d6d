#include "wctype_impl.h"

/* An unknown t (including NULL) leaves wc as it is. */
wint_t towctrans(wint_t wc, wctrans_t t)
{
	if (t == &__lstar_wctrans_table[0])
		return towlower(wc);
	if (t == &__lstar_wctrans_table[1])
		return towupper(wc);
	return wc;
}
