#include "stdio_impl.h"

/*
 * C11 allows setvbuf only before other I/O; lstar also accepts it later,
 * flushing pending output first, but refuses (EBUSY) while unread input is
 * buffered since switching buffers would lose it.  Any explicit choice on
 * stdout ends its undecided state: no ioctl is ever made for it.  A user
 * buffer gives its first UNGET bytes to ungetc; one too small for that is
 * ignored and the stream keeps its own storage.
 */
int setvbuf(FILE *restrict f, char *restrict buf, int mode, size_t size)
{
	if (!f)
		return __lstar_badf();
	if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF) {
		errno = EINVAL;
		return EOF;
	}
	if (f->wend && __lstar_wflush(f))
		return EOF;
	if (f->rpos != f->rend) {
		errno = EBUSY;
		return EOF;
	}
	f->rpos = f->rend = 0;
	f->wbase = f->wpos = f->wend = 0;
	if (mode != _IONBF && buf && size > UNGET) {
		f->buf = (unsigned char *)buf + UNGET;
		f->buf_cap = size - UNGET;
	}
	f->flags &= ~F_UNDET;
	/* unbuffered is buf_size 0, nothing else */
	f->buf_size = mode == _IONBF ? 0 : f->buf_cap;
	/* Unbuffered streams flush at the end of every call, as
	 * line-buffered ones do at a newline (__towrite.c). */
	f->lbf = mode == _IOFBF ? -1 : '\n';
	return 0;
}
