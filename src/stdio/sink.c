#include <errno.h>
#include <limits.h>
#include <string.h>
#include "format.h"

/* Output past INT_MAX cannot be reported by an int return: stop before
 * writing it rather than after (a 2 GiB pad to a file is not worth doing). */
static int over_limit(struct __lstar_sink *s, size_t n)
{
	if (n > (size_t)INT_MAX - (s->done + s->pos) || s->done + s->pos > INT_MAX) {
		if (!s->err)
			s->err = EOVERFLOW;
		return 1;
	}
	return 0;
}

void __lstar_sink_put_slow(struct __lstar_sink *s, const char *p, size_t n)
{
	if (s->err || over_limit(s, n))
		return;
	for (;;) {
		size_t room = s->cap - s->pos;
		if (n <= room) {
			memcpy(s->buf + s->pos, p, n);
			s->pos += n;
			return;
		}
		if (s->cap == 0) {
			s->done += n;
			return;
		}
		memcpy(s->buf + s->pos, p, room);
		s->pos += room;
		p += room;
		n -= room;
		s->flush(s);
		if (s->err)
			return;
	}
}

void __lstar_sink_pad(struct __lstar_sink *s, char c, size_t n)
{
	if (s->err || over_limit(s, n))
		return;
	for (;;) {
		size_t room = s->cap - s->pos;
		if (n <= room) {
			memset(s->buf + s->pos, c, n);
			s->pos += n;
			return;
		}
		if (s->cap == 0) {
			s->done += n;
			return;
		}
		memset(s->buf + s->pos, c, room);
		s->pos += room;
		n -= room;
		s->flush(s);
		if (s->err)
			return;
	}
}

void __lstar_pad_before(struct __lstar_sink *s, const struct __lstar_spec *sp, size_t len)
{
	if (!(sp->flags & (F_LEFT | F_ZERO)) && len < (size_t)sp->width)
		__lstar_sink_pad(s, ' ', sp->width - len);
}

void __lstar_pad_zeros(struct __lstar_sink *s, const struct __lstar_spec *sp, size_t len)
{
	if ((sp->flags & (F_LEFT | F_ZERO)) == F_ZERO && len < (size_t)sp->width)
		__lstar_sink_pad(s, '0', sp->width - len);
}

void __lstar_pad_after(struct __lstar_sink *s, const struct __lstar_spec *sp, size_t len)
{
	if ((sp->flags & F_LEFT) && len < (size_t)sp->width)
		__lstar_sink_pad(s, ' ', sp->width - len);
}
