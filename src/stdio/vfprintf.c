#include <errno.h>
#include <stdio.h>
#include "format.h"
#include "stdio_impl.h"

/* Output is formatted into a chunk on the stack and handed to the stream in
 * whole chunks: one __lstar_fwritex call for a typical printf. */
struct file_sink {
	struct __lstar_sink s;
	FILE *f;
	char buf[1024];
};

static void file_flush(struct __lstar_sink *s)
{
	struct file_sink *fs = (struct file_sink *)s;
	if (__lstar_fwritex((const unsigned char *)s->buf, s->pos, fs->f) != s->pos)
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
	if (fs.s.pos && !fs.s.err) {
		file_flush(&fs.s);
		if (fs.s.err) {
			errno = fs.s.err;
			return -1;
		}
	}
	return r;
}
