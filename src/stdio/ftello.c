#include "stdio_impl.h"

/* The file offset, less unread (and pushed-back) bytes, plus pending
 * output; with O_APPEND pending output will land at the end, so the end
 * is where the stream is. */
off_t __lstar_ftello(FILE *f)
{
	if (!f) {
		errno = EINVAL;
		return -1;
	}
	int app = (f->flags & F_APP) && f->wpos != f->wbase;
	off_t pos = __lstar_sseek(f, 0, app ? SEEK_END : SEEK_CUR);
	if (pos < 0) {
		errno = (int)-pos;
		return -1;
	}
	if (f->rend)
		pos -= f->rend - f->rpos;
	else if (f->wend)
		pos += f->wpos - f->wbase;
	if (pos < 0) {
		/* ungetc at offset 0: C11 leaves the position indeterminate */
		errno = EINVAL;
		return -1;
	}
	return pos;
}

off_t ftello(FILE *f)
{
	return __lstar_ftello(f);
}
