#include "stdio_impl.h"

size_t __lstar_fwrite_part(const unsigned char *restrict s, size_t n, FILE *restrict f, int line)
{
	size_t done = 0, held = 0;	/* held: bytes of s buffered, unwritten */

	if (!f->wend && __lstar_wroom(f))
		return 0;
	for (;;) {
		size_t room = (size_t)(f->wend - f->wpos);
		size_t k = n - done < room ? n - done : room;
		__lstar_copy(f->wpos, s + done, k);
		f->wpos += k;
		done += k;
		held += k;
		if (done == n)
			break;
		/* Full, or stdout's tty decision due (no room until made). */
		if (__lstar_wroom(f))
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
	f->wend = f->wpos -= held;	/* and still no room (__towrite.c) */
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
