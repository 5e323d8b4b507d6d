#include "stdio_impl.h"

/* 0x7f in every byte: ((v & M7) + M7) | v sets a byte's top bit unless
 * the byte is zero.  One constant where __lstar_haszero needs three: under
 * -Os each is a 10-byte load, redone after every refill. */
#define M7 0x7f7f7f7f7f7f7f7full

/* Copies straight out of the buffer, a word at a time, stopping at the
 * newline: one pass over each byte.  Compiled -Os (docs/size.md): the
 * line-copy benchmark does not tell it from -O2, which was 150 bytes
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
		for (unsigned long long w, v; i + 8 <= k; i += 8) {
			w = __lstar_load8(r + i);
			v = w ^ __LSTAR_ONES * '\n';	/* a newline is a zero */
			if ((((v & M7) + M7) | v | M7) != ~0ull)
				break;
			__builtin_memcpy(p + i, &w, 8);
		}
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
