#include "stdio_impl.h"

/* Copies straight out of the buffer, 16 bytes at a time while no newline
 * is among them (the arch's SSE2 block step, string_arch.h), then byte by
 * byte up to the newline: one pass over each byte.  Compiled -Oz
 * (docs/size.md): 236 bytes, where the portable word loop was 275 and
 * the line-copy benchmark is as fast. */
char *fgets(char *restrict s, int n, FILE *restrict f)
{
	if (!s || !f || n <= 0) {
		errno = EINVAL;
		return 0;
	}
	char *p = s;
	size_t room = (size_t)n - 1;
	while (room) {
		if (f->rpos == f->rend && __lstar_refill(f)) {
			/* C11 7.21.7.2: NULL on a read error, or at end of
			 * file with nothing read */
			if (p == s || !(f->flags & F_EOF))
				return 0;
			break;
		}
		size_t k = (size_t)(f->rend - f->rpos);
		if (k > room)
			k = room;
		size_t c = __lstar_copy_upto((unsigned char *)p, f->rpos, k, '\n');
		f->rpos += c;
		p += c;
		room -= c;
		if (p[-1] == '\n')
			break;
	}
	*p = 0;
	return s;
}

char *fgets_unlocked(char *restrict s, int n, FILE *restrict f) __attribute__((alias("fgets")));
