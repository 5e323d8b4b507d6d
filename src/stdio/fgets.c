#include <string.h>
#include "stdio_impl.h"

/* Copies line pieces straight out of the buffer: one memchr and one memcpy
 * per buffer-full, not a call per byte. */
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
		unsigned char *nl = memchr(f->rpos, '\n', k);
		if (nl)
			k = (size_t)(nl - f->rpos) + 1;
		memcpy(p, f->rpos, k);
		f->rpos += k;
		p += k;
		room -= k;
		if (nl)
			break;
	}
	*p = 0;
	return s;
}

char *fgets_unlocked(char *restrict s, int n, FILE *restrict f) __attribute__((alias("fgets")));
