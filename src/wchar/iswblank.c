#include <ctype.h>
#include <wctype.h>
#include "wchar_impl.h"

int iswblank(wint_t wc)
{
	return __lstar_c_char(wc) && isblank((int)wc);
}
