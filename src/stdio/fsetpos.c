#include "stdio_impl.h"

int fsetpos(FILE *f, const fpos_t *pos)
{
	if (!pos) {
		errno = EINVAL;
		return -1;
	}
	return __lstar_fseeko(f, pos->__pos, SEEK_SET);
}
