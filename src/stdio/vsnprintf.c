#include <stdio.h>
#include "format.h"

/* The caller's buffer is the sink's only window: once it is full the sink
 * just counts, so nothing is formatted twice and nothing is truncated
 * silently (the return value is the full length). */
static void full(struct __lstar_sink *s)
{
	s->done += s->pos;
	s->pos = 0;
	s->cap = 0;
}

int vsnprintf(char *restrict buf, size_t n, const char *restrict fmt, va_list ap)
{
	char dummy;
	if (!n)
		buf = &dummy;
	struct __lstar_sink s = { .buf = buf, .cap = n ? n - 1 : 0, .flush = full };
	int r = __lstar_vformat(&s, fmt, ap);
	if (n)
		buf[s.cap ? s.pos : n - 1] = 0;
	return r;
}
