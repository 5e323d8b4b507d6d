#include <stdio.h>
#include "format.h"

static int file_getc(void *ctx)
{
	return getc((FILE *)ctx);
}

static void file_ungetc(int c, void *ctx)
{
	ungetc(c, (FILE *)ctx);
}

int vfscanf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	struct __lstar_source src = { file_getc, file_ungetc, f };
	return __lstar_vscan(&src, fmt, ap);
}
