#include <errno.h>
#include <wchar.h>
#include "wchar_impl.h"

/* A null s asks for the reset sequence: just the one byte L'\0' needs. */
size_t wcrtomb(char *restrict s, wchar_t wc, mbstate_t *restrict ps)
{
	(void)ps;
	if (!s)
		return 1;
	if (!__lstar_c_char((unsigned)wc)) {
		errno = EILSEQ;
		return (size_t)-1;
	}
	*s = (char)wc;
	return 1;
}
