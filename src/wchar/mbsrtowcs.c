#include <errno.h>
#include <wchar.h>
#include "wchar_impl.h"

/*
 * Up to len characters into dst (any number when dst is NULL, which only
 * counts).  *src ends NULL after the terminator was converted, at the
 * first unconverted byte when len ran out, and at the bad byte on EILSEQ;
 * it is left alone when dst is NULL.
 */
size_t mbsrtowcs(wchar_t *restrict dst, const char **restrict src, size_t len, mbstate_t *restrict ps)
{
	(void)ps;
	const unsigned char *s = (const unsigned char *)*src;
	size_t n = 0;
	for (; !dst || n < len; n++, s++) {
		if (!__lstar_c_char(*s)) {
			if (dst)
				*src = (const char *)s;
			errno = EILSEQ;
			return (size_t)-1;
		}
		if (dst)
			dst[n] = *s;
		if (!*s) {
			if (dst)
				*src = NULL;
			return n;
		}
	}
	*src = (const char *)s;
	return n;
}
