#include <stdio.h>
#include <wchar.h>
#include "wchar_impl.h"

int wctob(wint_t wc)
{
	return __lstar_c_char(wc) ? (int)wc : EOF;
}
