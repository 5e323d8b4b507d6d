#include <errno.h>
#include <stdlib.h>
#include "wchar_impl.h"

/* A null s asks whether the encoding has state: it has none (0).  As in
 * glibc, a NUL byte is read even when n is 0, and an incomplete character
 * (n == 0) is -1 without errno. */
int mbtowc(wchar_t *restrict pwc, const char *restrict s, size_t n)
{
	if (!s)
		return 0;
	if (!*s) {
		if (pwc)
			*pwc = 0;
		return 0;
	}
	size_t r = mbrtowc(pwc, s, n, NULL);
	return r >= (size_t)-2 ? -1 : (int)r;
}
