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
	f->flags &= ~(F_NBF | F_UNDET | F_UNDET2);
	f->buf_size = f->buf_cap;
	if (mode == _IONBF) {
		f->buf_size = 0;
		f->flags |= F_NBF;
	}
	f->lbf = mode == _IOLBF ? '\n' : -1;
	return 0;
}

/* puts on an unbuffered stdout (puts.c): the string, then the newline,
 * each written straight out.  Here because only setvbuf makes stdout
 * unbuffered, so a program without it carries none of this. */
int __lstar_puts_nbf(FILE *f, const char *s)
{
	if (!f->wend && __lstar_towrite(f))
		return EOF;
	size_t n = __lstar_strlen(s);
	if (__lstar_writeall(f, (const unsigned char *)s, n) != n ||
	    __lstar_writeall(f, (const unsigned char *)"\n", 1) != 1)
		return EOF;
	return 0;
}
