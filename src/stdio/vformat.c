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

/*
 * Arguments.  Unnumbered conversions read them in order.  Numbered ones
 * (%n$, *m$) need the type of every argument before n to reach n, since
 * va_arg only walks forward: a first pass over the format records the
 * class of each argument it names, and each conversion of the second pass
 * walks the list again from the start.  An argument no conversion names is
 * taken for an int, as glibc does.
 *
 * The classes are what va_arg steps over differently on x86_64: int, long
 * and pointers fill one integer slot each (the low bits of an int's slot
 * are the int: callers of fetch truncate), double an SSE slot, long double
 * 16 bytes of memory.
 */
enum { A_GP = 1, A_DBL, A_LDBL };

struct numbered {
	va_list ap0;            /* the first argument */
	int classify;           /* 1: first pass, recording classes */
	/* class of argument n (1..NL_ARGMAX), 0 (an int) if unnamed;
	 * [0] set: a conversion without a valid number */
	unsigned char cls[NL_ARGMAX + 1];
};

struct args {
	va_list ap;
	struct numbered *num;   /* NULL while the conversions are unnumbered */
	int used;               /* an unnumbered conversion read an argument */
	long double f;          /* A_DBL and A_LDBL arguments land here */
};

/* Argument n (numbered) or the next one, of class c: returned, or left in
 * a->f for floating point.  The first numbered pass only records c. */
__attribute__((noinline))
static uint64_t fetch(struct args *a, int n, int c)
{
	struct numbered *num = a->num;
	if (!num) {
		a->used = 1;
	} else if (num->classify) {
		num->cls[(unsigned)n <= NL_ARGMAX ? n : 0] = c;
		return 0;
	} else {
		va_end(a->ap);
		va_copy(a->ap, num->ap0);
		a->num = NULL;
		for (int i = 1; i < n; i++)
			fetch(a, 0, num->cls[i]);
		a->num = num;
	}
	if (c == A_LDBL)
		a->f = va_arg(a->ap, long double);
	else if (c == A_DBL)
		a->f = va_arg(a->ap, double);
	else
		return va_arg(a->ap, uint64_t);
	return 0;
}

/* '*' or "*m$" at f: sets m (0 for a plain '*', -1 if m is not valid) and
 * returns the rest of the format. */
static const char *star(const char *f, int *m)
{
	*m = 0;
	if ((unsigned)(*++f - '0') < 10) {
		f = parse_num(f, m);
		if (*f == '$' && *m)
			f++;
		else
			*m = -1;
	}
	return f;
}

static int run(struct __lstar_sink *s, const char *f, va_list ap_in, struct numbered *num);

/* The format from its first numbered conversion f on.  A first pass, its
 * output only counted, checks the whole format and records the argument
 * classes, so a bad numbered format prints nothing of itself. */
static int numbered(struct __lstar_sink *s, const char *f, va_list ap_in)
{
	struct numbered num = { .classify = 1 };
	struct __lstar_sink count = { 0 };      /* cap 0: counts only */
	va_copy(num.ap0, ap_in);
	int err = run(&count, f, ap_in, &num);
	if (!err && num.cls[0])
		err = EINVAL;
	if (!err) {
		num.classify = 0;
		err = run(s, f, ap_in, &num);
	}
	va_end(num.ap0);
	return err;
}

/* Format f into s; returns 0 or an errno value. */
static int run(struct __lstar_sink *s, const char *f, va_list ap_in, struct numbered *num)
{
	struct args a = { .num = num };
	const char *pct;
	int err, m;
	va_copy(a.ap, ap_in);
	for (;;) {
		const char *lit = f;
		while (*f && *f != '%')
			f++;
		__lstar_sink_put(s, lit, f - lit);
		if (!*f)
			break;
		pct = f++;

		struct __lstar_spec sp = { 0, 0, -1, 0 };
		int argn = 0;
again:
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
			f = star(f, &m);
			if (m && !a.num)
				goto mixed;
			int w = fetch(&a, m, A_GP);
			if (w < 0) {
				sp.flags |= F_LEFT;
				w = w == INT_MIN ? -1 : -w;
			}
			sp.width = w;
		} else if ((unsigned)(*f - '0') < 10) {
			f = parse_num(f, &sp.width);
			if (*f == '$') {
				/* %n$ (glibc reads %01$ as %1$) */
				if (argn | (sp.flags & ~F_ZERO))
					goto bad;
				if (!a.num)
					goto mixed;
				argn = sp.width;
				sp = (struct __lstar_spec){ 0, 0, -1, 0 };
				f++;
				goto again;
			}
		}
		if (sp.width < 0)
			goto overflow;
		if (*f == '.') {
			if (*++f == '*') {
				f = star(f, &m);
				if (m && !a.num)
					goto mixed;
				int pr = fetch(&a, m, A_GP);
				sp.prec = pr < 0 ? -1 : pr;
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
			put_int(s, &sp, fetch(&a, argn, A_GP),
				len == LEN_HH ? 56 : len == LEN_H ? 48 : len == LEN_NONE ? 32 : 0);
			break;
		case 'p': case 's': case 'n': {
			void *p = (void *)(uintptr_t)fetch(&a, argn, A_GP);
			if (sp.conv == 'n') {
				/* store the low 1, 2, 4 or 8 bytes (little-endian);
				 * the first numbered pass has no pointer */
				size_t n = s->done + s->pos;
				if (p)
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
			unsigned c = fetch(&a, argn, A_GP);
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
			if (len == LEN_BIG)
				sp.flags |= F_LONGDBL;
			fetch(&a, argn, len == LEN_BIG ? A_LDBL : A_DBL);
			__lstar_fmt_fp(s, a.f, &sp);
			break;
		default:
			goto bad;
		}
		if (s->err)
			break;
	}
	err = s->err;
	goto out;
mixed:
	/* A numbered conversion, or a bad number: from here on the format
	 * must be numbered throughout (POSIX leaves mixing undefined). */
	if (a.num || a.used)
		goto bad;
	err = numbered(s, pct, ap_in);
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
	va_end(a.ap);
	return err;
}

int __lstar_vformat(struct __lstar_sink *s, const char *f, va_list ap)
{
	int err = run(s, f, ap, NULL);
	if (!err && s->done + s->pos > INT_MAX)
		err = EOVERFLOW;
	if (!err)
		return s->done + s->pos;
	errno = err;
	return -1;
}
