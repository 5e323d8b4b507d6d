#include <ctype.h>
#include <wctype.h>
#include "wchar_impl.h"

int iswcntrl(wint_t wc)
{
	return __lstar_c_char(wc) && iscntrl((int)wc);
}
