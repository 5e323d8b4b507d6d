#include <ctype.h>
#include <wctype.h>
#include "wchar_impl.h"

int iswalpha(wint_t wc)
{
	return __lstar_c_char(wc) && isalpha((int)wc);
}
