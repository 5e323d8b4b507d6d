#include "stdio_impl.h"

/* Pending output is written first; SEEK_CUR counts from the stream's
 * position, which is behind the file offset by the unread bytes.  Success
 * clears EOF and discards read-ahead and pushed-back bytes. */
int __lstar_fseeko(FILE *f, off_t off, int whence)
{
	if (!f || whence < SEEK_SET || whence > SEEK_END) {
		errno = EINVAL;
		return -1;
	}
	if (f->wend && __lstar_wflush(f))
		return -1;
	if (whence == SEEK_CUR && f->rend)
		off -= f->rend - f->rpos;
	off_t r = __lstar_sseek(f, off, whence);
	if (r < 0) {
		errno = (int)-r;
		return -1;
	}
	f->rpos = f->rend = 0;
	f->wbase = f->wpos = f->wend = 0;
	f->flags &= ~F_EOF;
	return 0;
}

int fseeko(FILE *f, off_t off, int whence)
{
	return __lstar_fseeko(f, off, whence);
}
