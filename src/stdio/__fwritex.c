#include "stdio_impl.h"

#define TCGETS 0x5401

/*
 * stdout's buffering is decided here, once, on the first output after its
 * first write (docs/stdio.md): a terminal keeps line buffering, anything
 * else becomes fully buffered.  The ioctl goes straight to sys_ioctl so
 * that errno keeps whatever the program last saw.
 */
static void decide(FILE *f)
{
	unsigned char termios[60];
	f->flags &= ~(F_UNDET | F_UNDET2);
	f->lbf = sys_ioctl(f->fd, TCGETS, (long)termios) == 0 ? '\n' : -1;
	f->wend = f->buf + f->buf_size;
}

size_t __lstar_fwrite_part(const unsigned char *restrict s, size_t n, FILE *restrict f, int line)
{
	size_t done = 0, held = 0;	/* held: bytes of s buffered, unwritten */

	if (!f->wend && __lstar_towrite(f))
		return 0;
	for (;;) {
		if (f->flags & F_UNDET2)
			decide(f);
		size_t room = (size_t)(f->wend - f->wpos);
		size_t k = n - done < room ? n - done : room;
		__lstar_copy(f->wpos, s + done, k);
		f->wpos += k;
		done += k;
		held += k;
		if (done == n)
			break;
		if (__lstar_wflush(f))
			goto fail;
		held = 0;
		if (n - done >= f->buf_size) {
			/* Larger than a buffer: copying it would only split
			 * it into more writes. */
			return done + __lstar_writeall(f, s + done, n - done);
		}
	}
	if (f->lbf >= 0 && f->wpos != f->wbase && __lstar_has_newline(s, n)) {
		if (!line)
			f->flags |= F_NLHELD;
		else if (__lstar_wflush(f))
			goto fail;
	}
	return n;
fail:
	/* Take back what the failed write left of s: those bytes were not
	 * accepted, and keeping them would write them twice if retried. */
	if (held > (size_t)(f->wpos - f->wbase))
		held = (size_t)(f->wpos - f->wbase);
	f->wpos -= held;
	return done - held;
}

size_t __lstar_fwritex(const unsigned char *restrict s, size_t n, FILE *restrict f)
{
	if (n <= (size_t)(f->wend - f->wpos) && f->lbf < 0) {
		__lstar_copy(f->wpos, s, n);
		f->wpos += n;
		return n;
	}
	return __lstar_fwrite_part(s, n, f, 1);
}

/* The end of a write made of parts (vfprintf's pieces): flush once if the
 * parts held back a line-buffered newline. */
int __lstar_fwrite_end(FILE *f)
{
	return f->flags & F_NLHELD ? __lstar_wflush(f) : 0;
}
