#include "stdio_impl.h"

/* putc's slow path: no room, a line-buffered newline, or not writing. */
int __lstar_overflow(FILE *f, int c)
{
	unsigned char ch = (unsigned char)c;
	return __lstar_fwritex(&ch, 1, f) == 1 ? ch : EOF;
}
