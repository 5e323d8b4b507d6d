#include "stdio_impl.h"

/*
 * The write side shared by every stream: enter write mode, write a buffer
 * out whatever the kernel does (EINTR, short counts, errors), flush, and
 * stdout's one tty decision.
 */

/* Weak: rend is only ever set by __toread.c, which defines it, so
 * write-only programs carry no read code. */
int __lstar_rdrop(FILE *f) __weak;

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
