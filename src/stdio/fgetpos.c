#include "stdio_impl.h"

int fgetpos(FILE *restrict f, fpos_t *restrict pos)
{
	if (!pos) {
		errno = EINVAL;
		return -1;
	}
	off_t off = __lstar_ftello(f);
	if (off < 0)
		return -1;
	pos->__pos = off;
	return 0;
}
