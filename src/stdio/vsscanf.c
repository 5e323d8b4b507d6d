#include <stdio.h>
#include "format.h"

static int str_getc(void *ctx)
{
	const unsigned char **p = ctx;
	return **p ? *(*p)++ : -1;
}

/* Only ever pushes back the character just read. */
static void str_ungetc(int c, void *ctx)
{
	(void)c;
	const unsigned char **p = ctx;
	(*p)--;
}

int vsscanf(const char *restrict s, const char *restrict fmt, va_list ap)
{
	const unsigned char *p = (const unsigned char *)s;
	struct __lstar_source src = { str_getc, str_ungetc, &p };
	return __lstar_vscan(&src, fmt, ap);
}
