#include <sys/mman.h>
#include "stdio_impl.h"

/*
 * fopen's FILEs and buffers come from this pool in .bss: no brk or mmap, so
 * opening a file costs exactly its openat, and .bss adds nothing to the
 * executable's size.  Past the pool, each stream maps its own FILE and
 * buffer (65 KiB: malloc would map that much anyway), so fopen never links
 * the allocator (docs/size.md: 2.5 KB in the seed program).  A free slot
 * has flags 0.
 */
#define POOL 8
#define MAPSZ (sizeof(FILE) + UNGET + __LSTAR_BUFSZ)

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
	if (f) {
		*f = (FILE){ 0 };
	} else {
		long p = sys_mmap(0, MAPSZ, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (p < 0 && p > -4096) {
			errno = ENOMEM;
			return 0;
		}
		f = (FILE *)p;	/* zero-filled */
		b = (unsigned char *)(f + 1);
		flags = F_HEAP;
	}
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
		sys_munmap(f, MAPSZ);
	else if (f->flags & F_POOL) {
		/* A stale pointer used again (a second fclose) then finds no
		 * descriptor to close, rather than someone else's. */
		*f = (FILE){ 0 };
		f->fd = -1;
	}
}
