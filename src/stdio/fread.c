#include <string.h>
#include "stdio_impl.h"

/* Buffered bytes first; then requests of a buffer or more go straight into
 * the caller's memory (one read, no copy), smaller ones through a refill. */
size_t fread(void *restrict p, size_t size, size_t n, FILE *restrict f)
{
	size_t len;
	if (!f || __builtin_mul_overflow(size, n, &len) || (!p && len)) {
		errno = EINVAL;
		return 0;
	}
	if (!len)
		return 0;
	if (!f->rend && __lstar_toread(f))
		return 0;
	unsigned char *d = p;
	size_t want = len;
	while (want) {
		size_t k = (size_t)(f->rend - f->rpos);
		if (k) {
			if (k > want)
				k = want;
			memcpy(d, f->rpos, k);
			f->rpos += k;
			d += k;
			want -= k;
			continue;
		}
		if (want < f->buf_size || (f->flags & F_EOF)) {
			if (__lstar_refill(f))
				break;
			continue;
		}
		ssize_t r = __lstar_sread(f, d, want);
		if (r == -EINTR)
			continue;
		if (r <= 0) {
			if (r)
				__lstar_ferr(f, r);
			else
				f->flags |= F_EOF;
			break;
		}
		d += r;
		want -= (size_t)r;
	}
	return (len - want) / size;
}

size_t fread_unlocked(void *restrict p, size_t size, size_t n, FILE *restrict f) __attribute__((alias("fread")));
