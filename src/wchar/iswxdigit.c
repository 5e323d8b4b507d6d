#include <ctype.h>
#include <wctype.h>
#include "wchar_impl.h"

int iswxdigit(wint_t wc)
{
	return __lstar_c_char(wc) && isxdigit((int)wc);
}
