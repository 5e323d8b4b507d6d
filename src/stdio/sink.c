#include <errno.h>
#include <limits.h>
#include "format.h"

/*
 * The sink's slow path, shared by copying and padding: p is the source, or
 * NULL to write n copies of c.  Output past INT_MAX cannot be reported by
 * an int return, so it stops before writing it rather than after (a 2 GiB
 * pad to a file is not worth doing).  Byte loops instead of memcpy/memset
 * keep those out of programs that only print; the bulk of any output goes
 * through the inline fast path or straight to the stream.
 */
void __lstar_sink_emit(struct __lstar_sink *s, const char *p, char c, size_t n)
{
	if (s->err)
		return;
	if (s->done + s->pos > INT_MAX || n > (size_t)INT_MAX - (s->done + s->pos)) {
		s->err = EOVERFLOW;
		return;
	}
	while (n) {
		if (s->cap == 0) {
			s->done += n;   /* counting only */
			return;
		}
		if (s->pos == s->cap) {
			s->flush(s);
			if (s->err)
				return;
			continue;
		}
		s->buf[s->pos++] = p ? *p++ : c;
		n--;
	}
}

void __lstar_pad_before(struct __lstar_sink *s, const struct __lstar_spec *sp, size_t len)
{
	if (!(sp->flags & (F_LEFT | F_ZERO)) && len < (size_t)sp->width)
		__lstar_sink_emit(s, NULL, ' ', sp->width - len);
}

void __lstar_pad_zeros(struct __lstar_sink *s, const struct __lstar_spec *sp, size_t len)
{
	if ((sp->flags & (F_LEFT | F_ZERO)) == F_ZERO && len < (size_t)sp->width)
		__lstar_sink_emit(s, NULL, '0', sp->width - len);
}

void __lstar_pad_after(struct __lstar_sink *s, const struct __lstar_spec *sp, size_t len)
{
	if ((sp->flags & F_LEFT) && len < (size_t)sp->width)
		__lstar_sink_emit(s, NULL, ' ', sp->width - len);
}

void __lstar_put_field(struct __lstar_sink *s, const struct __lstar_spec *sp,
		       const struct __lstar_field *f)
{
	size_t len = f->npre + f->z1 + f->nbody + f->z2 + f->nsuf;
	__lstar_pad_before(s, sp, len);
	if (f->npre)
		__lstar_sink_put(s, f->pre, f->npre);
	__lstar_pad_zeros(s, sp, len);
	__lstar_sink_pad(s, '0', f->z1);
	__lstar_sink_put(s, f->body, f->nbody);
	__lstar_sink_pad(s, '0', f->z2);
	if (f->nsuf)
		__lstar_sink_put(s, f->suf, f->nsuf);
	__lstar_pad_after(s, sp, len);
}
