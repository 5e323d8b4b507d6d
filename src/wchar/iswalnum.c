#include <ctype.h>
#include <wctype.h>
#include "wchar_impl.h"

int iswalnum(wint_t wc)
{
	return __lstar_c_char(wc) && isalnum((int)wc);
}
