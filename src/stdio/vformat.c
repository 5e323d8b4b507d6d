/*
 * The printf engine: parses the format and writes each conversion into a
 * sink (format.h).  Floating point is in fmt_fp.c.  Compiled for size (see
 * meson.build): the few loops that run per digit avoid division by hand.
 */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <string.h>
#include "format.h"

/* Length modifiers, by the size of the argument they select. */
enum { LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_BIG };

static const char xdigits[] = "0123456789abcdef0123456789ABCDEF";

/* Digits of u in base (8, 10, 16; xd the digit set), written backwards
 * ending at end; returns the start. */
char *__lstar_utoa(uint64_t u, unsigned base, const char *xd, char *end)
{
	char *p = end;
	if (base == 10) {
		do {
			/* u / 10 without a div instruction (exact for all u) */
			uint64_t q = (uint64_t)(((unsigned __int128)u * 0xCCCCCCCCCCCCCCCDull) >> 67);
			*--p = '0' + (u - q * 10);
			u = q;
		} while (u);
	} else {
		unsigned shift = base == 16 ? 4 : 3;
		do *--p = xd[u & (base - 1)]; while (u >>= shift);
	}
	return p;
}

/* sh: 64 minus the argument's width in bits (hh 56, h 48, none 32). */
static void put_int(struct __lstar_sink *s, struct __lstar_spec *sp, uint64_t u, int sh)
{
	char pre[3], buf[24], *end = buf + sizeof buf;
	size_t npre = 0;
	int c = sp->conv, is_signed = c == 'd' || c == 'i';
	unsigned base = c == 'o' ? 8 : c == 'x' || c == 'X' || c == 'p' ? 16 : 10;
	const char *xd = c == 'X' ? xdigits + 16 : xdigits;
	u = u << sh >> sh;
	if (is_signed && (int64_t)(u << sh) < 0) {
		pre[npre++] = '-';
		u = -(uint64_t)((int64_t)(u << sh) >> sh);
	} else if ((is_signed || c == 'p') && (sp->flags & (F_PLUS | F_SPACE))) {
		pre[npre++] = sp->flags & F_PLUS ? '+' : ' ';
	}
	char *d = end;
	if (u || sp->prec != 0)
		d = __lstar_utoa(u, base, xd, end);
	size_t nd = end - d;
	if (sp->prec >= 0)
		sp->flags &= ~F_ZERO;
	if (base == 16 && u && (sp->flags & F_ALT || sp->conv == 'p')) {
		pre[npre++] = '0';
		pre[npre++] = sp->conv == 'X' ? 'X' : 'x';
	}
	/* '#' with o: the first digit must be 0, widening the precision. */
	if (base == 8 && (sp->flags & F_ALT) && (nd == 0 || *d != '0') &&
	    (sp->prec < 0 || (size_t)sp->prec <= nd))
		sp->prec = nd + 1;
	struct __lstar_field f = { .pre = pre, .npre = npre, .body = d, .nbody = nd,
		.z1 = sp->prec > 0 && (size_t)sp->prec > nd ? sp->prec - nd : 0 };
	__lstar_put_field(s, sp, &f);
}

/* A field of n bytes from p, padded with spaces only (glibc ignores '0'
 * for c, s and p's "(nil)"). */
static void put_text(struct __lstar_sink *s, struct __lstar_spec *sp, const char *p, size_t n)
{
	struct __lstar_field f = { .body = p, .nbody = n };
	sp->flags &= ~F_ZERO;
	__lstar_put_field(s, sp, &f);
}

/* Wide character as UTF-8 (lstar's only multibyte encoding); 0 if invalid. */
static size_t wc_utf8(unsigned c, char *o)
{
	if (c < 0x80) {
		o[0] = c;
		return 1;
	}
	if (c >= 0x110000 || (c >= 0xd800 && c < 0xe000))
		return 0;
	size_t n = c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
	for (size_t i = n - 1; i > 0; i--, c >>= 6)
		o[i] = 0x80 | (c & 0x3f);
	o[0] = (char)(0xf00 >> n) | c;
	return n;
}

/* %ls: the precision counts bytes and never splits a character. */
static int put_wstr(struct __lstar_sink *s, struct __lstar_spec *sp, const int *ws)
{
	size_t n = 0, max = sp->prec >= 0 ? (size_t)sp->prec : (size_t)-1;
	char u[4];
	for (const int *p = ws; *p; p++) {
		size_t k = wc_utf8(*p, u);
		if (!k)
			return -1;
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

/* One integer argument: int-sized unless wide (the x86_64 va_arg of int
 * and unsigned reads the same slot).  One function, so each kind of
 * va_arg is expanded once. */
__attribute__((noinline))
static uint64_t int_arg(va_list *ap, int wide)
{
	return wide ? va_arg(*ap, unsigned long) : va_arg(*ap, unsigned);
}

int __lstar_vformat(struct __lstar_sink *s, const char *f, va_list ap_in)
{
	va_list ap;
	int err = 0;
	va_copy(ap, ap_in);
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
			int b;
			switch (*f) {
			case '-': b = F_LEFT; break;
			case '+': b = F_PLUS; break;
			case ' ': b = F_SPACE; break;
			case '#': b = F_ALT; break;
			case '0': b = F_ZERO; break;
			case '\'': case 'I': b = 0; break;    /* C locale: no grouping */
			default: goto flags_done;
			}
			sp.flags |= b;
		}
flags_done:
		if (*f == '*') {
			int w = int_arg(&ap, 0);
			if (w < 0) {
				sp.flags |= F_LEFT;
				w = w == INT_MIN ? -1 : -w;
			}
			sp.width = w;
			f++;
		} else if ((unsigned)(*f - '0') < 10) {
			f = parse_num(f, &sp.width);
		}
		if (*f == '$')
			goto bad;   /* positional arguments are not supported */
		if (sp.width < 0)
			goto overflow;
		if (*f == '.') {
			if (*++f == '*') {
				int pr = int_arg(&ap, 0);
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
			len = *++f == 'h' ? (f++, LEN_HH) : LEN_H;
			break;
		case 'l':
			if (*++f == 'l')
				f++;
			len = LEN_L;
			break;
		case 'q': case 'j': case 'z': case 'Z': case 't':
			f++;
			len = LEN_L;
			break;
		case 'L':
			f++;
			len = LEN_BIG;
			break;
		}
		sp.conv = *f++;
		if (sp.flags & F_LEFT)
			sp.flags &= ~F_ZERO;

		switch (sp.conv) {
		case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
			put_int(s, &sp, int_arg(&ap, len >= LEN_L),
				len == LEN_HH ? 56 : len == LEN_H ? 48 : len == LEN_NONE ? 32 : 0);
			break;
		case 'p': case 's': case 'n': {
			void *p = va_arg(ap, void *);
			if (sp.conv == 'n') {
				/* store the low 1, 2, 4 or 8 bytes (little-endian) */
				size_t n = s->done + s->pos;
				__builtin_memcpy(p, &n, len == LEN_HH ? 1 : len == LEN_H ? 2 : len == LEN_NONE ? 4 : 8);
			} else if (sp.conv == 'p' && p) {
				put_int(s, &sp, (uintptr_t)p, 0);
			} else if (!p) {
				/* glibc: "(nil)" for %p; "(null)" for %s unless the
				 * precision is too small for all of it */
				int nil = sp.conv == 'p';
				if (nil || sp.prec < 0 || sp.prec >= 6)
					put_text(s, &sp, nil ? "(nil)" : "(null)", 6 - nil);
				else
					put_text(s, &sp, "", 0);
			} else if (len == LEN_L) {
				if (put_wstr(s, &sp, p))
					goto ilseq;
			} else {
				const char *str = p;
				size_t n = 0, max = sp.prec;   /* no precision: SIZE_MAX */
				while (n < max && str[n])
					n++;
				put_text(s, &sp, str, n);
			}
			break;
		}
		case 'c': {
			unsigned c = int_arg(&ap, 0);
			if (len == LEN_L) {
				int wc[2] = { (int)c, 0 };
				sp.prec = -1;
				if (put_wstr(s, &sp, wc))
					goto ilseq;
			} else {
				char ch = c;
				put_text(s, &sp, &ch, 1);
			}
			break;
		}
		case '%':
			__lstar_sink_put(s, "%", 1);
			break;
		case 'f': case 'F': case 'e': case 'E':
		case 'g': case 'G': case 'a': case 'A':
			if (len == LEN_BIG) {
				sp.flags |= F_LONGDBL;
				__lstar_fmt_fp(s, va_arg(ap, long double), &sp);
			} else {
				__lstar_fmt_fp(s, va_arg(ap, double), &sp);
			}
			break;
		default:
			goto bad;
		}
		if (s->err)
			break;
	}
	if (!s->err && s->done + s->pos > INT_MAX)
		s->err = EOVERFLOW;
	err = s->err;
	goto out;
overflow:
	err = EOVERFLOW;
	goto out;
ilseq:
	err = EILSEQ;
	goto out;
bad:
	err = EINVAL;
out:
	va_end(ap);
	if (!err)
		return s->done + s->pos;
	errno = err;
	return -1;
}
