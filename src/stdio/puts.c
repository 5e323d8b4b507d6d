#include "stdio_impl.h"

/*
 * Every program that prints a line carries puts, so it is written for size
 * (docs/size.md): the string and its newline are copied into stdout's
 * buffer a byte at a time, and only a full buffer, stdout's pending tty
 * decision or the line-buffered newline calls out.  It implements the
 * general write path's rules (__fwritex.c) without linking it: one write
 * for the string and its newline on a line-buffered or undecided stdout,
 * none on a fully buffered one until the buffer fills (an unbuffered
 * stdout counts as line-buffered here: __lstar_wroom gives it room for
 * the call, and its lbf makes the call flush); on a write error the bytes
 * of this call that did not get out are taken back.
 */
int puts(const char *s)
{
	FILE *f = &__lstar_stdout_FILE;
	unsigned char *start;	/* this call's first byte in the buffer */

	if (!s)
		return __lstar_badf();
	/* Through a register: offsets from it encode shorter than the
	 * field addresses the compiler would otherwise spell out. */
	__asm__("" : "+r"(f));
	start = f->wpos;
	for (;; s++) {
		while (f->wpos == f->wend) {
			if (__lstar_wroom(f))
				goto fail;
			start = f->wpos;	/* nothing pending after it */
		}
		*f->wpos++ = *s ? (unsigned char)*s : '\n';
		if (!*s)
			break;
	}
	if (f->lbf < 0 || !__lstar_wflush(f))
		return 0;
fail:
	/* A failed flush (never entering write mode leaves nothing to take
	 * back): the bytes before wbase got out, this call's after it are
	 * dropped, and the stream keeps no room (__towrite.c). */
	if (f->wend) {
		if (start < f->wbase)
			start = f->wbase;
		f->wend = f->wpos = start;
	}
	return EOF;
}
