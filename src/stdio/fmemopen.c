#include <fcntl.h>
#include <string.h>
#include "stdio_impl.h"

/*
 * A stream over size bytes of memory (POSIX 2008, glibc's semantics): "r"
 * reads all size bytes, "w" starts empty, "a" starts at the first NUL.
 * Writes stop at size (ENOSPC) and keep a NUL after the data when it fits.
 * The stream is buffered like a file: the memory sees writes on fflush,
 * fseek and fclose.  buf NULL: size bytes are allocated, freed by fclose.
 */
struct mem {
	unsigned char *base;
	size_t size, pos, end;
	int own;
};

static ssize_t mem_read(FILE *f, unsigned char *p, size_t n)
{
	struct mem *m = f->cookie;
	size_t k = m->end > m->pos ? m->end - m->pos : 0;
	if (k > n)
		k = n;
	memcpy(p, m->base + m->pos, k);
	m->pos += k;
	return (ssize_t)k;
}

static ssize_t mem_write(FILE *f, const unsigned char *p, size_t n)
{
	struct mem *m = f->cookie;
	if (f->flags & F_APP)
		m->pos = m->end;
	size_t k = m->size - m->pos;
	if (!k)
		return -ENOSPC;
	if (k > n)
		k = n;
	memcpy(m->base + m->pos, p, k);
	m->pos += k;
	if (m->pos > m->end) {
		m->end = m->pos;
		if (m->end < m->size)
			m->base[m->end] = 0;
	}
	return (ssize_t)k;
}

static off_t mem_seek(FILE *f, off_t off, int whence)
{
	struct mem *m = f->cookie;
	off_t from = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? (off_t)m->pos : (off_t)m->end;
	if (off < -from || off > (off_t)m->size - from)
		return -EINVAL;
	m->pos = (size_t)(from + off);
	return (off_t)m->pos;
}

static int mem_close(FILE *f)
{
	struct mem *m = f->cookie;
	if (m->own)
		free(m->base);
	free(m);
	return 0;
}

FILE *fmemopen(void *restrict buf, size_t size, const char *restrict mode)
{
	int flags = __lstar_fmodeflags(mode);
	if (flags < 0)
		return 0;
	if (!size) {
		errno = EINVAL;
		return 0;
	}
	struct mem *m = malloc(sizeof *m);
	if (!m)
		goto nomem;
	m->own = !buf;
	m->base = buf ? buf : malloc(size);
	if (!m->base)
		goto nomem;
	if (m->own)
		memset(m->base, 0, size);
	m->size = size;
	m->pos = 0;
	m->end = size;
	if (*mode == 'w') {
		m->end = 0;
		m->base[0] = 0;
	} else if (*mode == 'a') {
		unsigned char *z = memchr(m->base, 0, size);
		m->pos = m->end = z ? (size_t)(z - m->base) : size;
	}
	FILE *f = __lstar_fdopen_flags(-1, flags);
	if (!f)
		goto nomem;
	f->cookie = m;
	f->read = mem_read;
	f->write = mem_write;
	f->seek = mem_seek;
	f->close = mem_close;
	return f;
nomem:
	if (m && m->own)
		free(m->base);
	free(m);
	errno = ENOMEM;
	return 0;
}
