#include <string.h>
#include "stdio_impl.h"

/* Grows *line geometrically and copies whole buffer pieces, so a line of
 * any length costs O(length) and O(log length) reallocs. */
ssize_t getdelim(char **restrict line, size_t *restrict n, int delim, FILE *restrict f)
{
	if (!line || !n || !f) {
		errno = EINVAL;
		return -1;
	}
	if (!*line)
		*n = 0;
	size_t len = 0;
	for (;;) {
		if (f->rpos == f->rend && __lstar_refill(f)) {
			if (!len || !(f->flags & F_EOF))
				return -1;
			break;
		}
		size_t k = (size_t)(f->rend - f->rpos);
		unsigned char *z = memchr(f->rpos, (unsigned char)delim, k);
		if (z)
			k = (size_t)(z - f->rpos) + 1;
		if (len + k >= *n) {
			size_t cap = *n > 64 ? *n : 64;
			while (cap <= len + k)
				cap *= 2;
			char *t = realloc(*line, cap);
			if (!t) {
				f->flags |= F_ERR;
				errno = ENOMEM;
				return -1;
			}
			*line = t;
			*n = cap;
		}
		memcpy(*line + len, f->rpos, k);
		f->rpos += k;
		len += k;
		if (z)
			break;
	}
	(*line)[len] = 0;
	return (ssize_t)len;
}
