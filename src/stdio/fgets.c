#include "stdio_impl.h"

/* Copies straight out of the buffer, a word at a time, stopping at the
 * newline: one pass over each byte.  Compiled -Os (docs/size.md): 275
 * bytes instead of 404, and the line-copy benchmark 2-3% slower, inside
 * its noise.  Shorter loops were tried and lost more: a one-constant
 * zero-byte test (252 bytes, its longer dependency chain 8% slower) and a
 * loop over the chunk's bytes without __lstar_copy_upto (274, 5%). */
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
