#include "stdio_impl.h"

/*
 * Every path that puts bytes into a stream comes through __lstar_towrite,
 * so this object is linked exactly when a program can have pending output:
 * that is why the exit hook and fflush(NULL)'s walk live here (a weak
 * definition in an object nothing references would never be linked).
 */

int __lstar_towrite(FILE *f)
{
	if (f->flags & F_NOWR)
		return __lstar_ferr(f, -EBADF);
	if (f->rend) {
		/* C11 7.21.5.3 wants a seek between input and output; when
		 * the program skipped it, the write must still land at the
		 * stream's position, not after the read-ahead. */
		__lstar_rdrop(f);
		f->rpos = f->rend = 0;
	}
	f->wbase = f->wpos = f->buf;
	f->wend = f->buf + f->buf_size;
	return 0;
}

/* Retries EINTR and short writes until every pending byte is out or the
 * kernel reports an error; bytes not written stay pending, so nothing is
 * lost or written twice. */
int __lstar_wflush(FILE *f)
{
	if (f->wpos == f->wbase)
		return 0;
	while (f->wpos > f->wbase) {
		ssize_t r = __lstar_swrite(f, f->wbase, (size_t)(f->wpos - f->wbase));
		if (r == -EINTR)
			continue;
		if (r <= 0)
			return __lstar_ferr(f, r ? r : -EIO);
		f->wbase += r;
	}
	f->wbase = f->wpos = f->buf;
	f->wend = f->buf + f->buf_size;
	if (f->flags & F_UNDET) {
		/* stdout has written once: leave no room, so the next output
		 * takes the slow path, which decides tty or not
		 * (docs/stdio.md). */
		f->flags |= F_UNDET2;
		f->wend = f->buf;
	}
	return 0;
}

static int flush_one(FILE *f)
{
	return f ? __lstar_wflush(f) : 0;
}

/* Weak: a program that never names stdout or stderr links neither. */
extern FILE __lstar_stdout_FILE __weak;
extern FILE __lstar_stderr_FILE __weak;
extern FILE *__lstar_ofl_head __weak;

int __lstar_flush_all(void)
{
	int r = flush_one(&__lstar_stdout_FILE) | flush_one(&__lstar_stderr_FILE);
	if (&__lstar_ofl_head)
		for (FILE *f = __lstar_ofl_head; f; f = f->next)
			r |= flush_one(f);
	return r ? EOF : 0;
}

void __lstar_stdio_exit(void)
{
	__lstar_flush_all();
}
