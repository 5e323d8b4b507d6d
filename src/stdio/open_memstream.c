#include <fcntl.h>
#include <string.h>
#include "stdio_impl.h"

/*
 * A write-only stream into a growing buffer (POSIX 2008).  After fflush or
 * fclose, *bufp is the buffer, NUL-terminated, and *sizep the smaller of
 * its length and the position.  Seeking past the end and writing fills
 * the gap with zeros.  The buffer belongs to the caller after fclose.
 */
struct ms {
	char **bufp;
	size_t *sizep;
	char *buf;
	size_t cap, pos, len;
};

static void publish(struct ms *m)
{
	*m->bufp = m->buf;
	*m->sizep = m->pos < m->len ? m->pos : m->len;
}

static ssize_t ms_write(FILE *f, const unsigned char *p, size_t n)
{
	struct ms *m = f->cookie;
	if (n > (size_t)-1 / 2 - m->pos)
		return -EFBIG;
	if (m->pos + n >= m->cap) {
		size_t cap = m->cap * 2;
		if (cap <= m->pos + n)
			cap = m->pos + n + 1;
		char *t = realloc(m->buf, cap);
		if (!t)
			return -ENOMEM;
		m->buf = t;
		m->cap = cap;
	}
	if (m->pos > m->len)
		memset(m->buf + m->len, 0, m->pos - m->len);
	memcpy(m->buf + m->pos, p, n);
	m->pos += n;
	if (m->pos > m->len)
		m->len = m->pos;
	m->buf[m->len] = 0;
	publish(m);
	return (ssize_t)n;
}

static off_t ms_seek(FILE *f, off_t off, int whence)
{
	struct ms *m = f->cookie;
	off_t from = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? (off_t)m->pos : (off_t)m->len;
	if (off < -from || off > (off_t)((size_t)-1 / 4) - from)
		return -EINVAL;
	m->pos = (size_t)(from + off);
	publish(m);
	return (off_t)m->pos;
}

static int ms_close(FILE *f)
{
	struct ms *m = f->cookie;
	publish(m);
	free(m);
	return 0;
}

FILE *open_memstream(char **bufp, size_t *sizep)
{
	if (!bufp || !sizep) {
		errno = EINVAL;
		return 0;
	}
	struct ms *m = malloc(sizeof *m);
	char *buf = malloc(64);
	FILE *f = m && buf ? __lstar_fdopen_flags(-1, O_WRONLY) : 0;
	if (!f) {
		free(m);
		free(buf);
		errno = ENOMEM;
		return 0;
	}
	buf[0] = 0;
	*m = (struct ms){ bufp, sizep, buf, 64, 0, 0 };
	publish(m);
	f->cookie = m;
	f->write = ms_write;
	f->seek = ms_seek;
	f->close = ms_close;
	return f;
}
