#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <string.h>
#include "format.h"

/* Length modifiers, by the size of the argument they select. */
enum { LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL, LEN_BIG };

static const char xdigits[2][16] = {
	{ '0','1','2','3','4','5','6','7','8','9','a','b','c','d','e','f' },
	{ '0','1','2','3','4','5','6','7','8','9','A','B','C','D','E','F' },
};

/* Digits of u in base, written backwards ending at end; returns the start. */
static char *utoa(uintmax_t u, unsigned base, int upper, char *end)
{
	char *p = end;
	if (base == 10) {
		while (u >= 10) {
			*--p = '0' + u % 10;
			u /= 10;
		}
		*--p = '0' + u;
	} else if (base == 16) {
		do *--p = xdigits[upper][u & 15]; while (u >>= 4);
	} else {
		do *--p = '0' + (u & 7); while (u >>= 3);
	}
	return p;
}

static void put_int(struct __lstar_sink *s, struct __lstar_spec *sp,
		    uintmax_t u, const char *pre, size_t npre, unsigned base)
{
	char buf[24], *end = buf + sizeof buf;
	char *d = end;
	if (u || sp->prec != 0)
		d = utoa(u, base, sp->conv == 'X', end);
	size_t nd = end - d;
	if (sp->prec >= 0)
		sp->flags &= ~F_ZERO;
	/* '#' with o: the first digit must be 0, widening the precision. */
	if (base == 8 && (sp->flags & F_ALT) && (nd == 0 || *d != '0') &&
	    (sp->prec < 0 || (size_t)sp->prec <= nd))
		sp->prec = nd + 1;
	size_t zeros = sp->prec > 0 && (size_t)sp->prec > nd ? sp->prec - nd : 0;
	size_t len = npre + zeros + nd;
	__lstar_pad_before(s, sp, len);
	__lstar_sink_put(s, pre, npre);
	__lstar_pad_zeros(s, sp, len);
	__lstar_sink_pad(s, '0', zeros);
	__lstar_sink_put(s, d, nd);
	__lstar_pad_after(s, sp, len);
}

static void put_str(struct __lstar_sink *s, struct __lstar_spec *sp, const char *str)
{
	size_t n;
	if (sp->prec >= 0) {
		const char *z = memchr(str, 0, sp->prec);
		n = z ? (size_t)(z - str) : (size_t)sp->prec;
	} else {
		n = strlen(str);
	}
	sp->flags &= ~F_ZERO;   /* glibc pads strings with spaces only */
	__lstar_pad_before(s, sp, n);
	__lstar_sink_put(s, str, n);
	__lstar_pad_after(s, sp, n);
}

/* Wide character as UTF-8 (lstar's only multibyte encoding). */
static size_t wc_utf8(unsigned c, char *o)
{
	if (c < 0x80) {
		o[0] = c;
		return 1;
	}
	if (c < 0x800) {
		o[0] = 0xc0 | c >> 6;
		o[1] = 0x80 | (c & 0x3f);
		return 2;
	}
	if (c >= 0xd800 && c < 0xe000)
		return 0;
	if (c < 0x10000) {
		o[0] = 0xe0 | c >> 12;
		o[1] = 0x80 | (c >> 6 & 0x3f);
		o[2] = 0x80 | (c & 0x3f);
		return 3;
	}
	if (c < 0x110000) {
		o[0] = 0xf0 | c >> 18;
		o[1] = 0x80 | (c >> 12 & 0x3f);
		o[2] = 0x80 | (c >> 6 & 0x3f);
		o[3] = 0x80 | (c & 0x3f);
		return 4;
	}
	return 0;
}

/* %ls: the precision counts bytes and never splits a character. */
static int put_wstr(struct __lstar_sink *s, struct __lstar_spec *sp, const int *ws)
{
	size_t n = 0, max = sp->prec >= 0 ? (size_t)sp->prec : (size_t)-1;
	char u[4];
	for (const int *p = ws; *p; p++) {
		size_t k = wc_utf8(*p, u);
		if (!k)
			return EILSEQ;
		if (k > max - n)
			break;
		n += k;
	}
	sp->flags &= ~F_ZERO;
	__lstar_pad_before(s, sp, n);
	for (size_t done = 0; done < n; ws++) {
		size_t k = wc_utf8(*ws, u);
		__lstar_sink_put(s, u, k);
		done += k;
	}
	__lstar_pad_after(s, sp, n);
	return 0;
}

static void store_count(void *p, int len, size_t n)
{
	switch (len) {
	case LEN_HH: *(signed char *)p = n; break;
	case LEN_H: *(short *)p = n; break;
	case LEN_NONE: *(int *)p = n; break;
	default: *(long *)p = n; break;
	}
}

/* A number past INT_MAX yields -1: no output could be that long. */
static const char *parse_num(const char *f, int *out)
{
	int v = 0;
	while (*f >= '0' && *f <= '9') {
		int d = *f++ - '0';
		v = v < 0 || v > (INT_MAX - d) / 10 ? -1 : v * 10 + d;
	}
	*out = v;
	return f;
}

int __lstar_vformat(struct __lstar_sink *s, const char *fmt, va_list ap)
{
	const char *f = fmt;
	int saved_errno = errno;
	for (;;) {
		const char *lit = f;
		while (*f && *f != '%')
			f++;
		__lstar_sink_put(s, lit, f - lit);
		if (!*f)
			break;
		f++;

		struct __lstar_spec sp = { 0, 0, -1, 0 };
		for (;; f++) {
			if (*f == '-') sp.flags |= F_LEFT;
			else if (*f == '+') sp.flags |= F_PLUS;
			else if (*f == ' ') sp.flags |= F_SPACE;
			else if (*f == '#') sp.flags |= F_ALT;
			else if (*f == '0') sp.flags |= F_ZERO;
			else if (*f == '\'' || *f == 'I') ;  /* C locale: no grouping */
			else break;
		}
		if (*f == '*') {
			int w = va_arg(ap, int);
			if (w < 0) {
				sp.flags |= F_LEFT;
				w = w == INT_MIN ? INT_MAX : -w;
			}
			sp.width = w;
			f++;
		} else {
			f = parse_num(f, &sp.width);
		}
		if (*f == '$')
			goto bad;   /* positional arguments are not supported */
		if (sp.width < 0)
			goto overflow;
		if (*f == '.') {
			f++;
			if (*f == '*') {
				int pr = va_arg(ap, int);
				sp.prec = pr < 0 ? -1 : pr;
				f++;
			} else {
				f = parse_num(f, &sp.prec);
				if (sp.prec < 0)
					goto overflow;
			}
		}
		int len = LEN_NONE;
		switch (*f) {
		case 'h':
			len = f[1] == 'h' ? (f++, LEN_HH) : LEN_H;
			f++;
			break;
		case 'l':
			len = f[1] == 'l' ? (f++, LEN_LL) : LEN_L;
			f++;
			break;
		case 'q': case 'j': case 'z': case 'Z': case 't':
			len = LEN_LL;
			f++;
			break;
		case 'L':
			len = LEN_BIG;
			f++;
			break;
		}
		sp.conv = *f++;
		if (sp.flags & F_LEFT)
			sp.flags &= ~F_ZERO;

		char pre[2];
		uintmax_t u;
		switch (sp.conv) {
		case 'd': case 'i': {
			intmax_t v;
			switch (len) {
			case LEN_HH: v = (signed char)va_arg(ap, int); break;
			case LEN_H: v = (short)va_arg(ap, int); break;
			case LEN_NONE: v = va_arg(ap, int); break;
			default: v = va_arg(ap, long); break;
			}
			size_t np = 1;
			u = v;
			if (v < 0) {
				pre[0] = '-';
				u = -u;
			} else if (sp.flags & F_PLUS) {
				pre[0] = '+';
			} else if (sp.flags & F_SPACE) {
				pre[0] = ' ';
			} else {
				np = 0;
			}
			put_int(s, &sp, u, pre, np, 10);
			break;
		}
		case 'u': case 'o': case 'x': case 'X':
			switch (len) {
			case LEN_HH: u = (unsigned char)va_arg(ap, unsigned); break;
			case LEN_H: u = (unsigned short)va_arg(ap, unsigned); break;
			case LEN_NONE: u = va_arg(ap, unsigned); break;
			default: u = va_arg(ap, unsigned long); break;
			}
			if (sp.conv == 'u') {
				put_int(s, &sp, u, pre, 0, 10);
			} else if (sp.conv == 'o') {
				put_int(s, &sp, u, pre, 0, 8);
			} else {
				pre[0] = '0';
				pre[1] = sp.conv;
				put_int(s, &sp, u, pre, u && (sp.flags & F_ALT) ? 2 : 0, 16);
			}
			break;
		case 'p': {
			void *p = va_arg(ap, void *);
			if (!p) {
				/* glibc: "(nil)", padded with spaces, no sign or precision */
				sp.prec = -1;
				sp.flags &= ~F_ZERO;
				put_str(s, &sp, "(nil)");
				break;
			}
			size_t np = 0;
			if (sp.flags & (F_PLUS | F_SPACE))
				pre[np++] = sp.flags & F_PLUS ? '+' : ' ';
			char px[4] = { pre[0], '0', 'x' };
			sp.conv = 'x';
			put_int(s, &sp, (uintptr_t)p, np ? px : px + 1, np + 2, 16);
			break;
		}
		case 'c': {
			char u8[4];
			size_t k = 1;
			if (len == LEN_L) {
				k = wc_utf8(va_arg(ap, unsigned), u8);
				if (!k)
					goto ilseq;
			} else {
				u8[0] = (char)va_arg(ap, int);
			}
			sp.flags &= ~F_ZERO;
			__lstar_pad_before(s, &sp, k);
			__lstar_sink_put(s, u8, k);
			__lstar_pad_after(s, &sp, k);
			break;
		}
		case 's': {
			if (len == LEN_L) {
				const int *ws = va_arg(ap, const int *);
				if (!ws) {
					put_str(s, &sp, sp.prec < 0 || sp.prec >= 6 ? "(null)" : "");
				} else if (put_wstr(s, &sp, ws)) {
					goto ilseq;
				}
				break;
			}
			const char *str = va_arg(ap, const char *);
			if (!str)
				str = sp.prec < 0 || sp.prec >= 6 ? "(null)" : "";
			put_str(s, &sp, str);
			break;
		}
		case 'm':
			put_str(s, &sp, strerror(saved_errno));
			break;
		case 'n':
			store_count(va_arg(ap, void *), len, s->done + s->pos);
			break;
		case '%':
			__lstar_sink_put(s, "%", 1);
			break;
		case 'f': case 'F': case 'e': case 'E':
		case 'g': case 'G': case 'a': case 'A': {
			long double x;
			if (len == LEN_BIG) {
				x = va_arg(ap, long double);
				sp.flags |= F_LONGDBL;
			} else {
				x = va_arg(ap, double);
			}
			__lstar_fmt_fp(s, x, &sp);
			break;
		}
		default:
			goto bad;
		}
		if (s->err)
			break;
	}
	if (!s->err && s->done + s->pos > INT_MAX)
		s->err = EOVERFLOW;
	if (s->err) {
		errno = s->err;
		return -1;
	}
	return s->done + s->pos;
overflow:
	errno = EOVERFLOW;
	return -1;
ilseq:
	errno = EILSEQ;
	return -1;
bad:
	errno = EINVAL;
	return -1;
}
