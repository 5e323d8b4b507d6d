#include "stdio_impl.h"

int fgetc(FILE *f)
{
	if (!f)
		return __lstar_badf();
	if (f->rpos != f->rend)
		return *f->rpos++;
	return __lstar_uflow(f);
}

/* lstar has no threads: the _unlocked forms are the same functions. */
int getc(FILE *f) __attribute__((alias("fgetc")));
int fgetc_unlocked(FILE *f) __attribute__((alias("fgetc")));
int getc_unlocked(FILE *f) __attribute__((alias("fgetc")));
