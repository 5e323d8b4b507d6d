#include "stdio_impl.h"

/*
 * The write side every stream shares, written for size because every
 * program that prints carries it (docs/size.md): one flush loop (EINTR,
 * short counts, errors), and one way in, __lstar_wroom, which enters write
 * mode, flushes, or makes stdout's one tty decision.
 */

/* Weak: rend is only ever set by __toread.c, which defines it, so
 * write-only programs carry no read code. */
int __lstar_rdrop(FILE *f) __weak;

/* Writes out [wbase, wpos) whatever the kernel does: EINTR and short
 * counts are retried; an error (or a write of 0) leaves the unwritten rest
 * pending and sets the error indicator and errno, so nothing is lost or
 * written twice.  After an error the stream has no room, so the next
 * output comes through __lstar_wroom, which retries the flush (and an
 * unbuffered stream never keeps room it was lent). */
__attribute__((noinline)) int __lstar_wflush(FILE *f)
{
	if (f->wpos == f->wbase)
		return 0;
	do {
		ssize_t r = __lstar_swrite(f, f->wbase, (size_t)(f->wpos - f->wbase));
		if (r > 0)
			f->wbase += r;
		else if (r != -EINTR) {
			f->wend = f->wpos;
			return __lstar_ferr(f, r ? r : -EIO);
		}
	} while (f->wbase != f->wpos);
	f->wbase = f->wpos = f->buf;
	/* An undecided stdout has now written once: it gets no room, so its
	 * next output comes to __lstar_wroom, which decides (docs/stdio.md). */
	f->wend = f->flags & F_UNDET ? f->buf : f->buf + f->buf_size;
	f->flags &= ~F_NLHELD;
	return 0;
}

#define TCGETS 0x5401

int __lstar_wroom(FILE *f)
{
	if (!f->wend) {
		if (f->flags & F_NOWR)
			return __lstar_ferr(f, -EBADF);
		if (f->rend) {
			/* C11 7.21.5.3 wants a seek between input and
			 * output; when the program skipped it, the write must
			 * still land at the stream's position, not after the
			 * read-ahead. */
			__lstar_rdrop(f);
			f->rpos = f->rend = 0;
		}
		f->wbase = f->wpos = f->buf;
		f->wend = f->buf + f->buf_size;
		return 0;
	}
	if (__lstar_wflush(f))
		return EOF;
	if (f->flags & F_UNDET) {
		/* stdout's buffering is decided here, once, on its first
		 * output after its first write: a terminal keeps line
		 * buffering, anything else becomes fully buffered.  The
		 * ioctl goes straight to sys_ioctl so that errno keeps
		 * whatever the program last saw.  The kernel's termios (36
		 * bytes) lands in the buffer, empty after the flush and
		 * stdout's own 64 KiB while undecided, which saves a stack
		 * frame. */
		f->flags &= ~F_UNDET;
		f->lbf = sys_ioctl(f->fd, TCGETS, (long)f->buf) ? -1 : '\n';
	}
	/* The whole storage, even on an unbuffered stream (buf_size 0):
	 * its callers flush before they return (unbuffered streams have lbf
	 * '\n', and __lstar_fwrite_part writes them straight out), and the
	 * flush takes the room back, so putc's fast path never buffers on
	 * one.  That is how puts makes one write on an unbuffered stdout
	 * without a path of its own. */
	f->wend = f->buf + f->buf_cap;
	return 0;
}

/* Writes n bytes from p straight to the file (no pending output allowed):
 * the window [wbase, wpos) is pointed at them for one flush, so the
 * retry rules live in one loop.  Returns the count written. */
size_t __lstar_writeall(FILE *f, const unsigned char *p, size_t n)
{
	f->wbase = (unsigned char *)p;
	f->wpos = (unsigned char *)p + n;
	if (!__lstar_wflush(f))
		return n;
	n = (size_t)(f->wbase - p);
	f->wbase = f->wpos = f->wend = f->buf;
	return n;
}
