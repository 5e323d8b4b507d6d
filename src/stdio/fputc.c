#include "stdio_impl.h"

int fputc(int c, FILE *f)
{
	if (!f)
		return __lstar_badf();
	if (f->wpos != f->wend && (unsigned char)c != f->lbf)
		return *f->wpos++ = (unsigned char)c;
	return __lstar_overflow(f, c);
}

int putc(int c, FILE *f) __attribute__((alias("fputc")));
int fputc_unlocked(int c, FILE *f) __attribute__((alias("fputc")));
int putc_unlocked(int c, FILE *f) __attribute__((alias("fputc")));
