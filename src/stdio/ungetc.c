#include "stdio_impl.h"

/* The pushed-back byte goes just below rpos: the UNGET bytes of headroom
 * under every buffer guarantee room even before the first read, and ftell
 * stays right because it subtracts [rpos, rend) from the file offset. */
int ungetc(int c, FILE *f)
{
	if (!f)
		return __lstar_badf();
	if (c == EOF)
		return EOF;
	if (!f->rend && __lstar_toread(f))
		return EOF;
	if (f->rpos <= f->buf - UNGET)
		return EOF;
	*--f->rpos = (unsigned char)c;
	f->flags &= ~F_EOF;
	return (unsigned char)c;
}
