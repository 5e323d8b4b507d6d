#include "stdio_impl.h"

static unsigned char buf[UNGET + __LSTAR_BUFSZ];

/* Terminal or not is decided lazily (F_UNDET, docs/stdio.md): start-up
 * makes no system call, and a one-line program makes one write. */
FILE __lstar_stdout_FILE = {
	.buf = buf + UNGET,
	.buf_size = __LSTAR_BUFSZ,
	.buf_cap = __LSTAR_BUFSZ,
	.flags = F_PERM | F_NORD | F_UNDET,
	.lbf = '\n',
	.fd = 1,
};

FILE *const (stdout) = &__lstar_stdout_FILE;
