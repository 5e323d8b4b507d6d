#include <errno.h>
#include <stdio.h>
#include "format.h"
#include "stdio_impl.h"

/* Output is formatted into a chunk on the stack and handed to the stream in
 * whole chunks, each as a part of one write (__lstar_fwrite_part with the
 * line flush held back): a printf makes at most one write on a
 * line-buffered stream, however many chunks and newlines it has. */
struct file_sink {
	struct __lstar_sink s;
	FILE *f;
	char buf[1024];
};

static void file_flush(struct __lstar_sink *s)
{
	struct file_sink *fs = (struct file_sink *)s;
	if (__lstar_fwrite_part((const unsigned char *)s->buf, s->pos, fs->f, 0) != s->pos)
		s->err = errno ? errno : EIO;
	s->done += s->pos;
	s->pos = 0;
}

int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	struct file_sink fs;
	fs.s = (struct __lstar_sink){ .buf = fs.buf, .cap = sizeof fs.buf, .flush = file_flush };
	fs.f = f;
	int r = __lstar_vformat(&fs.s, fmt, ap);
	if (fs.s.pos && !fs.s.err)
		file_flush(&fs.s);
	if (__lstar_fwrite_end(f) && !fs.s.err)
		fs.s.err = errno ? errno : EIO;
	if (fs.s.err) {
		errno = fs.s.err;
		return -1;
	}
	return r;
}
