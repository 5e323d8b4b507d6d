#include <ctype.h>
#include <wctype.h>
#include "wchar_impl.h"

int iswgraph(wint_t wc)
{
	return __lstar_c_char(wc) && isgraph((int)wc);
}
