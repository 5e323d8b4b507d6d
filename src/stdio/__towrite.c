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
		 * stream's position, not after the read-ahead.  rend is only
		 * ever set by __toread.c, which defines __lstar_rdrop: the
		 * weak reference keeps read code out of write-only programs. */
		__lstar_rdrop(f);
		f->rpos = f->rend = 0;
	}
	f->wbase = f->wpos = f->buf;
	f->wend = f->buf + f->buf_size;
	return 0;
}

/* Retries EINTR and short writes until all n bytes are out or the kernel
 * reports an error (error indicator, errno); returns the bytes written, so
 * nothing is lost or written twice. */
size_t __lstar_writeall(FILE *f, const unsigned char *p, size_t n)
{
	size_t done = 0;
	while (done < n) {
		ssize_t r = __lstar_swrite(f, p + done, n - done);
		if (r == -EINTR)
			continue;
		if (r <= 0) {
			__lstar_ferr(f, r ? r : -EIO);
			break;
		}
		done += (size_t)r;
	}
	return done;
}

__attribute__((noinline)) int __lstar_wflush(FILE *f)
{
	size_t n = (size_t)(f->wpos - f->wbase);
	if (!n)
		return 0;
	f->wbase += __lstar_writeall(f, f->wbase, n);
	if (f->wbase != f->wpos)
		return EOF;	/* the rest stays pending */
	f->wbase = f->wpos = f->buf;
	f->wend = f->buf + f->buf_size;
	f->flags &= ~F_NLHELD;
	if (f->flags & F_UNDET) {
		/* stdout has written once: leave no room, so the next output
		 * takes the slow path, which decides tty or not
		 * (docs/stdio.md). */
		f->flags |= F_UNDET2;
		f->wend = f->buf;
	}
	return 0;
}

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

int __lstar_wroom(FILE *f)
{
	if (!f->wend)
		return __lstar_towrite(f);
	if (!(f->flags & F_UNDET2))
		return __lstar_wflush(f);
	decide(f);
	return 0;
}

static int flush_one(FILE *f)
{
	return f ? __lstar_wflush(f) : 0;
}

int __lstar_rdrop(FILE *f) __weak;

/* Weak: a program that never names stdout or stderr links neither. */
extern FILE __lstar_stdout_FILE __weak;
extern FILE __lstar_stderr_FILE __weak;
/* An empty list unless __ofl.c, the only code that puts streams on it, is
 * linked: its definition then replaces this one.  Cheaper than testing a
 * weak undefined address. */
__attribute__((weak)) FILE *__lstar_ofl_head;

int __lstar_flush_all(void)
{
	int r = flush_one(&__lstar_stdout_FILE) | flush_one(&__lstar_stderr_FILE);
	for (FILE *f = __lstar_ofl_head; f; f = f->next)
		r |= __lstar_wflush(f);
	return r ? EOF : 0;
}

void __lstar_stdio_exit(void)
{
	__lstar_flush_all();
}
