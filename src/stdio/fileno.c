#include "stdio_impl.h"

int fileno(FILE *f)
{
	if (!f)
		return __lstar_badf();
	if (f->fd < 0) {
		errno = EBADF;
		return -1;
	}
	return f->fd;
}

int fileno_unlocked(FILE *f) __attribute__((alias("fileno")));
