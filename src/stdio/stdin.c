#include "stdio_impl.h"

static unsigned char buf[UNGET + __LSTAR_BUFSZ];

extern FILE __lstar_stdout_FILE __weak;

/* C11 7.21.3p3: asking the host for input shows the prompt first, so a
 * line-buffered (or still undecided) stdout is flushed before stdin reads.
 * Only when a read is due: buffered input costs nothing. */
static ssize_t stdin_read(FILE *f, unsigned char *p, size_t n)
{
	FILE *out = &__lstar_stdout_FILE;
	if (out && out->lbf >= 0)
		__lstar_wflush(out);
	return sys_read(f->fd, p, n);
}

FILE __lstar_stdin_FILE = {
	.buf = buf + UNGET,
	.buf_size = __LSTAR_BUFSZ,
	.buf_cap = __LSTAR_BUFSZ,
	.flags = F_PERM | F_NOWR,
	.lbf = -1,
	.fd = 0,
	.read = stdin_read,
};

FILE *const (stdin) = &__lstar_stdin_FILE;
