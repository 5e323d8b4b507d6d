#include "stdio_impl.h"

int ferror(FILE *f)
{
	if (!f) {
		errno = EINVAL;
		return 0;
	}
	return !!(f->flags & F_ERR);
}

int ferror_unlocked(FILE *f) __attribute__((alias("ferror")));
