#include "stdio_impl.h"

/* Copies straight out of the buffer, a word at a time, stopping at the
 * newline: one pass over each byte.  Compiled -Os (docs/size.md): the
 * line-copy benchmark does not tell it from -O2, which was 130 bytes
 * longer. */
char *fgets(char *restrict s, int n, FILE *restrict f)
{
	if (!s || !f || n <= 0) {
		errno = EINVAL;
		return 0;
	}
	unsigned char *p = (unsigned char *)s;
	size_t room = (size_t)n - 1;
	while (room) {
		if (f->rpos == f->rend && __lstar_refill(f)) {
			/* C11 7.21.7.2: NULL on a read error, or at end of
			 * file with nothing read */
			if (p == (unsigned char *)s || !(f->flags & F_EOF))
				return 0;
			break;
		}
		const unsigned char *r = f->rpos;
		size_t k = (size_t)(f->rend - r), i = 0;
		if (k > room)
			k = room;
		room -= k;
		for (unsigned long long w; i + 8 <= k &&
		     !__lstar_haszero((w = __lstar_load8(r + i)) ^ __LSTAR_ONES * '\n'); i += 8)
			__builtin_memcpy(p + i, &w, 8);
		while (i < k)
			if ((p[i] = r[i]) == '\n') {
				f->rpos += i + 1;
				p += i + 1;
				goto done;
			} else
				i++;
		f->rpos += k;
		p += k;
	}
done:
	*p = 0;
	return s;
}

char *fgets_unlocked(char *restrict s, int n, FILE *restrict f) __attribute__((alias("fgets")));
