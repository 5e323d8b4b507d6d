#include <errno.h>
#include <wchar.h>
#include "wchar_impl.h"

/* mbsrtowcs's rules the other way round: len counts bytes of dst. */
size_t wcsrtombs(char *restrict dst, const wchar_t **restrict src, size_t len, mbstate_t *restrict ps)
{
	(void)ps;
	const wchar_t *s = *src;
	size_t n = 0;
	for (; !dst || n < len; n++, s++) {
		if (!__lstar_c_char((unsigned)*s)) {
			if (dst)
				*src = s;
			errno = EILSEQ;
			return (size_t)-1;
		}
		if (dst)
			dst[n] = (char)*s;
		if (!*s) {
			if (dst)
				*src = NULL;
			return n;
		}
	}
	*src = s;
	return n;
}
