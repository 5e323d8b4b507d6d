#include "stdio_impl.h"

int feof(FILE *f)
{
	if (!f) {
		errno = EINVAL;
		return 0;
	}
	return !!(f->flags & F_EOF);
}

int feof_unlocked(FILE *f) __attribute__((alias("feof")));
