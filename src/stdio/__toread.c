#include "stdio_impl.h"

int __lstar_toread(FILE *f)
{
	if (f->flags & F_NORD)
		return __lstar_ferr(f, -EBADF);
	if (f->wend) {
		if (__lstar_wflush(f))
			return EOF;
		f->wbase = f->wpos = f->wend = 0;
	}
	f->rpos = f->rend = f->buf;
	return 0;
}

int __lstar_refill(FILE *f)
{
	if (!f->rend && __lstar_toread(f))
		return EOF;
	/* C11 7.21.7.1: once the EOF indicator is set, reads return EOF
	 * without asking the file again (a terminal's ^D stays seen). */
	if (f->flags & F_EOF)
		return EOF;
	ssize_t r;
	do
		r = __lstar_sread(f, f->buf, f->buf_size ? f->buf_size : 1);
	while (r == -EINTR);
	f->rpos = f->buf;
	f->rend = f->buf + (r > 0 ? r : 0);
	if (r > 0)
		return 0;
	if (r)
		errno = (int)-r;
	f->flags |= r ? F_ERR : F_EOF;
	return EOF;
}

int __lstar_uflow(FILE *f)
{
	if (f->rpos == f->rend && __lstar_refill(f))
		return EOF;
	return *f->rpos++;
}

int __lstar_rdrop(FILE *f)
{
	if (f->rpos != f->rend && __lstar_sseek(f, f->rpos - f->rend, SEEK_CUR) < 0)
		return -1;
	f->rpos = f->rend = 0;
	return 0;
}
