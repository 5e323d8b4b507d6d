#include <errno.h>
#include <wchar.h>
#include "wchar_impl.h"

/* A null s resets (nothing to reset: 0); n == 0 is an incomplete
 * character ((size_t)-2); ps is not needed, no character spans bytes. */
size_t mbrtowc(wchar_t *restrict pwc, const char *restrict s, size_t n, mbstate_t *restrict ps)
{
	(void)ps;
	if (!s)
		return 0;
	if (!n)
		return (size_t)-2;
	unsigned char c = (unsigned char)*s;
	if (!__lstar_c_char(c)) {
		errno = EILSEQ;
		return (size_t)-1;
	}
	if (pwc)
		*pwc = c;
	return c != 0;
}
