#include <ctype.h>
#include <wctype.h>
#include "wchar_impl.h"

int iswprint(wint_t wc)
{
	return __lstar_c_char(wc) && isprint((int)wc);
}
