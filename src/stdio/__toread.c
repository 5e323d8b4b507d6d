#include "stdio_impl.h"

/* Out of write mode.  Nothing is pending unless the stream was writing
 * (wbase == wpos otherwise), and a successful flush leaves nothing
 * pending, so neither the test of the mode nor resetting wbase and wpos is
 * needed.  Inlined in both callers: a program that only reads lines
 * (fgets) then links no __lstar_toread (docs/size.md). */
__attribute__((always_inline)) static inline int leave_write(FILE *f)
{
	if (__lstar_wflush(f))
		return EOF;
	f->wend = 0;
	return 0;
}

int __lstar_toread(FILE *f)
{
	if (f->flags & F_NORD)
		return __lstar_ferr(f, -EBADF);
	if (leave_write(f))
		return EOF;
	f->rpos = f->rend = f->buf;
	return 0;
}

/* Not through __lstar_toread: the read below sets rpos and rend. */
int __lstar_refill(FILE *f)
{
	ssize_t r = -EBADF;
	if (!f->rend) {
		if (f->flags & F_NORD)
			goto fail;
		if (leave_write(f))
			return EOF;
	}
	/* C11 7.21.7.1: once the EOF indicator is set, reads return EOF
	 * without asking the file again (a terminal's ^D stays seen). */
	if (f->flags & F_EOF)
		return EOF;
	do
		/* an unbuffered stream reads a byte at a time */
		r = __lstar_sread(f, f->buf, f->buf_size + !f->buf_size);
	while (r == -EINTR);
	f->rpos = f->rend = f->buf;
	if (r > 0) {
		f->rend += r;
		return 0;
	}
	if (!r) {
		f->flags |= F_EOF;
		return EOF;
	}
fail:
	return __lstar_ferr(f, r);
}

int __lstar_uflow(FILE *f)
{
	if (f->rpos == f->rend && __lstar_refill(f))
		return EOF;
	return *f->rpos++;
}

int __lstar_rdrop(FILE *f)
{
	off_t back = f->rpos - f->rend;
	if (back && __lstar_sseek(f, back, SEEK_CUR) < 0)
		return -1;
	f->rpos = f->rend = 0;
	return 0;
}
