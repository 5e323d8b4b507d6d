#include "stdio_impl.h"

/* The string and its newline leave in one write on a line-buffered (or
 * undecided) stdout: the string is held, and the newline flushes both. */
int puts(const char *s)
{
	FILE *f = &__lstar_stdout_FILE;
	if (!s)
		return __lstar_badf();
	size_t n = __lstar_strlen(s);
	if (__lstar_fwrite_part((const unsigned char *)s, n, f, 0) != n ||
	    __lstar_fwrite_part((const unsigned char *)"\n", 1, f, 1) != 1)
		return EOF;
	return 0;
}
