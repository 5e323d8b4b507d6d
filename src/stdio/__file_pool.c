#include <fcntl.h>
#include <stdint.h>
#include <sys/mman.h>
#include "stdio_impl.h"

/*
 * Where streams come from and go.  fopen's FILEs and buffers come from this
 * pool in .bss: no brk or mmap, so opening a file costs exactly its openat,
 * and .bss adds nothing to the executable's size.  Past the pool, each
 * stream maps a slot of its own (65 KiB: malloc would map that much
 * anyway), so fopen never links the allocator (docs/size.md: 2.5 KB in the
 * seed program).  A free pool slot is all zero but for fd -1, so it needs
 * no clearing when taken; a NULL buf marks it free.
 */
#define POOL 8

struct slot {
	FILE f;
	unsigned char buf[UNGET + __LSTAR_BUFSZ];
};

static struct slot pool[POOL];

/* Open flags -> stream flags: O_RDONLY refuses writing ("\10" is F_NOWR),
 * O_WRONLY reading ("\4", F_NORD), O_RDWR neither; O_APPEND shifted is
 * F_APP. */
_Static_assert(F_NOWR == 010 && F_NORD == 4 && O_RDONLY == 0 && O_WRONLY == 1,
	       "the table in __lstar_fdopen_flags");
_Static_assert(O_APPEND >> 6 == F_APP, "F_APP is O_APPEND shifted");

FILE *__lstar_fdopen_flags(int fd, int oflags)
{
	unsigned flags = (unsigned)"\10\4"[oflags & O_ACCMODE] | (unsigned)(oflags & O_APPEND) >> 6;
	struct slot *s = pool;
	while (s->f.buf)
		if (++s == pool + POOL) {
			long p = sys_mmap(0, sizeof *s, PROT_READ | PROT_WRITE,
					  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
			if ((unsigned long)p > -4096ul) {
				errno = ENOMEM;
				return 0;
			}
			s = (struct slot *)p;	/* zero-filled */
			break;
		}
	FILE *f = &s->f;
	f->buf = s->buf + UNGET;
	f->buf_size = f->buf_cap = __LSTAR_BUFSZ;
	f->lbf = -1;
	f->fd = fd;
	f->flags = flags;
	f->next = __lstar_ofl_head;
	__lstar_ofl_head = f;
	return f;
}

/* Unlinks f from the open-stream list (a walk: glibc's list is singly
 * linked too, and a program has few streams open) and frees it. */
void __lstar_file_free(FILE *f)
{
	for (FILE **p = &__lstar_ofl_head; *p; p = &(*p)->next)
		if (*p == f) {
			*p = f->next;
			break;
		}
	if ((uintptr_t)f - (uintptr_t)pool >= sizeof pool) {
		sys_munmap(f, sizeof(struct slot));
		return;
	}
	/* A stale pointer used again (a second fclose) then finds no
	 * descriptor to close, rather than someone else's. */
	*f = (FILE){ 0 };
	f->fd = -1;
}
