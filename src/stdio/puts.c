#include <string.h>
#include "stdio_impl.h"

/* The string and its newline leave in one write on a line-buffered (or
 * undecided) stdout: the string is held, and the newline flushes both. */
int puts(const char *s)
{
	FILE *f = &__lstar_stdout_FILE;
	if (!s)
		return __lstar_badf();
	size_t n = strlen(s);
	if (__lstar_fwrite_hold((const unsigned char *)s, n, f) != n)
		return EOF;
	if (f->wpos != f->wend && f->lbf < 0) {
		*f->wpos++ = '\n';
		return 0;
	}
	return __lstar_overflow(f, '\n') == EOF ? EOF : 0;
}
