#include <ctype.h>
#include <wctype.h>
#include "wchar_impl.h"

int iswspace(wint_t wc)
{
	return __lstar_c_char(wc) && isspace((int)wc);
}
