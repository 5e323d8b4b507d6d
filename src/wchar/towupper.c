#include <ctype.h>
#include <wctype.h>
#include "wchar_impl.h"

wint_t towupper(wint_t wc)
{
	return __lstar_c_char(wc) ? (wint_t)toupper((int)wc) : wc;
}
