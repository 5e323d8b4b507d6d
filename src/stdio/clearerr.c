#include "stdio_impl.h"

void clearerr(FILE *f)
{
	if (!f) {
		errno = EINVAL;
		return;
	}
	f->flags &= ~(F_EOF | F_ERR);
}

void clearerr_unlocked(FILE *f) __attribute__((alias("clearerr")));
