#include <wchar.h>
#include "wchar_impl.h"

/* EOF and every byte outside the C locale's set give WEOF. */
wint_t btowc(int c)
{
	return c >= 0 && __lstar_c_char((unsigned long)c) ? (wint_t)c : WEOF;
}
