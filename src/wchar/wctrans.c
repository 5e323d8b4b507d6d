#include <string.h>
#include "wctype_impl.h"

const int __lstar_wctrans_table[2] = { 0, 1 };

wctrans_t wctrans(const char *name)
{
	if (!strcmp(name, "tolower"))
		return &__lstar_wctrans_table[0];
	if (!strcmp(name, "toupper"))
		return &__lstar_wctrans_table[1];
	return NULL;
}
