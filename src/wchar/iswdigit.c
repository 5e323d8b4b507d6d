#include <ctype.h>
#include <wctype.h>
#include "wchar_impl.h"

int iswdigit(wint_t wc)
{
	return __lstar_c_char(wc) && isdigit((int)wc);
}
