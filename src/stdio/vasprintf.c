#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include "format.h"

/* The window is the unused tail of a heap buffer (less a byte for the NUL);
 * a full window doubles the buffer. */
struct heap_sink {
	struct __lstar_sink s;
	char *mem;
	size_t size;
};

static void heap_flush(struct __lstar_sink *s)
{
	struct heap_sink *h = (struct heap_sink *)s;
	s->done += s->pos;
	s->pos = 0;
	size_t size = h->size * 2;
	char *mem = realloc(h->mem, size);
	if (!mem) {
		s->err = ENOMEM;
		s->cap = 0;
		return;
	}
	h->mem = mem;
	h->size = size;
	s->buf = mem + s->done;
	s->cap = size - s->done - 1;
}

int vasprintf(char **out, const char *fmt, va_list ap)
{
	struct heap_sink h;
	h.size = 128;
	h.mem = malloc(h.size);
	*out = NULL;
	if (!h.mem)
		return -1;
	h.s = (struct __lstar_sink){ .buf = h.mem, .cap = h.size - 1, .flush = heap_flush };
	int r = __lstar_vformat(&h.s, fmt, ap);
	if (r < 0) {
		free(h.mem);
		return -1;
	}
	h.mem[r] = 0;
	*out = h.mem;
	return r;
}
