#include <ctype.h>
#include <wctype.h>
#include "wchar_impl.h"

int iswpunct(wint_t wc)
{
	return __lstar_c_char(wc) && ispunct((int)wc);
}
