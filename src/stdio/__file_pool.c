#include <string.h>
#include "stdio_impl.h"

/*
 * fopen's FILEs and buffers come from this pool in .bss: no brk or mmap, so
 * opening a file costs exactly its openat, and .bss adds nothing to the
 * executable's size.  Past the pool, malloc.  A free slot has flags 0.
 */
#define POOL 8

static FILE pool[POOL];
static unsigned char bufs[POOL][UNGET + __LSTAR_BUFSZ];

FILE *__lstar_file_new(void)
{
	FILE *f = 0;
	unsigned char *b;
	unsigned flags;

	for (int i = 0; i < POOL && !f; i++)
		if (!pool[i].flags) {
			f = &pool[i];
			b = bufs[i];
			flags = F_POOL;
		}
	if (!f) {
		f = malloc(sizeof *f + UNGET + __LSTAR_BUFSZ);
		if (!f) {
			errno = ENOMEM;
			return 0;
		}
		b = (unsigned char *)(f + 1);
		flags = F_HEAP;
	}
	memset(f, 0, sizeof *f);
	f->flags = flags;
	f->buf = b + UNGET;
	f->buf_size = f->buf_cap = __LSTAR_BUFSZ;
	f->lbf = -1;
	f->fd = -1;
	return f;
}

void __lstar_file_free(FILE *f)
{
	if (f->flags & F_HEAP)
		free(f);
	else if (f->flags & F_POOL) {
		/* A stale pointer used again (a second fclose) then finds no
		 * descriptor to close, rather than someone else's. */
		memset(f, 0, sizeof *f);
		f->fd = -1;
	}
}
