#include <ctype.h>
#include <wctype.h>
#include "wchar_impl.h"

int iswupper(wint_t wc)
{
	return __lstar_c_char(wc) && isupper((int)wc);
}
