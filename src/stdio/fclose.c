#include "stdio_impl.h"

/* Weak: rend is only ever set by __toread.c, which defines it, so a
 * program that only writes carries no read code. */
int __lstar_rdrop(FILE *f) __weak;

/* EOF when buffered output could not be written or the close failed; the
 * stream is gone either way.  The standard streams stay allocated but
 * refuse further I/O (EBADF), and closing one again fails with EBADF
 * (fd -1) rather than closing a descriptor it no longer owns. */
int fclose(FILE *f)
{
	if (!f)
		return __lstar_badf();
	/* Nothing is pending unless the stream is writing (wbase == wpos
	 * otherwise), so this needs no test of the mode. */
	int r = __lstar_wflush(f);
	if (f->rend)
		/* hand unread input back to a shared descriptor */
		__lstar_rdrop(f);
	long c = f->close ? f->close(f) : sys_close(f->fd);
	if (c < 0) {
		errno = (int)-c;
		r = EOF;
	}
	if (f->flags & F_PERM) {
		/* out of both modes, and refusing to enter either */
		f->flags |= F_NORD | F_NOWR;
		f->rend = f->wend = 0;
		f->fd = -1;
	} else
		__lstar_file_free(f);
	return r;
}
