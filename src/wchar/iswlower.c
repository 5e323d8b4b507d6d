#include <ctype.h>
#include <wctype.h>
#include "wchar_impl.h"

int iswlower(wint_t wc)
{
	return __lstar_c_char(wc) && islower((int)wc);
}
