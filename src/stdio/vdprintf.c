#include <errno.h>
#include <stdio.h>
#include "format.h"
#include "syscall.h"

struct fd_sink {
	struct __lstar_sink s;
	int fd;
	char buf[1024];
};

/* Deliver the window with as many writes as it takes: short writes and
 * EINTR are retried, any other error stops formatting. */
static void fd_flush(struct __lstar_sink *s)
{
	struct fd_sink *f = (struct fd_sink *)s;
	const char *p = s->buf;
	size_t n = s->pos;
	while (n) {
		long r = sys_write(f->fd, p, n);
		if (r == -EINTR)
			continue;
		if (r < 0) {
			s->err = -r;
			break;
		}
		p += r;
		n -= r;
	}
	s->done += s->pos;
	s->pos = 0;
}

int vdprintf(int fd, const char *restrict fmt, va_list ap)
{
	struct fd_sink f;
	f.s = (struct __lstar_sink){ .buf = f.buf, .cap = sizeof f.buf, .flush = fd_flush };
	f.fd = fd;
	int r = __lstar_vformat(&f.s, fmt, ap);
	if (f.s.pos && !f.s.err) {
		fd_flush(&f.s);
		if (f.s.err) {
			errno = f.s.err;
			return -1;
		}
	}
	return r;
}
