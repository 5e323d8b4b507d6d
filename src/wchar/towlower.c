#include <ctype.h>
#include <wctype.h>
#include "wchar_impl.h"

wint_t towlower(wint_t wc)
{
	return __lstar_c_char(wc) ? (wint_t)tolower((int)wc) : wc;
}
