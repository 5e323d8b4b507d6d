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

/* Digits for %x and %a, then for %X and %A; 'x'/'p' are %a's prefix and
 * exponent letters (fmt_fp.c shares the table). */
const char __lstar_xdigits[] = "0123456789abcdefxp0123456789ABCDEFXP";
static const char flag_chars[] = "-+ #0'I";     /* F_LEFT... by position */
#define FLAG_SET (1ull << ('-' - ' ') | 1ull << ('+' - ' ') | 1ull << 0 | \
		  1ull << ('#' - ' ') | 1ull << ('0' - ' ') | 1ull << ('\'' - ' ') | 1ull << ('I' - ' '))

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
	char pre[3], *pe = pre, buf[24], *end = buf + sizeof buf;
	int c = sp->conv, signed_conv = c == 'p';
	unsigned base = 16;
	const char *xd = __lstar_xdigits;
	int64_t v = (int64_t)(u << sh) >> sh;
	u = u << sh >> sh;
	if (c == 'o') {
		base = 8;
	} else if (c == 'X') {
		xd += 18;
	} else if (c != 'x' && c != 'p') {
		base = 10;
		if (c != 'u') {
			signed_conv = 1;
			if (v < 0) {
				*pe++ = '-';
				u = -(uint64_t)v;
			}
		}
	}
	if (pe == pre && signed_conv && (sp->flags & (F_PLUS | F_SPACE)))
		*pe++ = sp->flags & F_PLUS ? '+' : ' ';
	char *d = end;
	if (u || sp->prec != 0)
		d = __lstar_utoa(u, base, xd, end);
	size_t nd = end - d;
	if (sp->prec >= 0)
		sp->flags &= ~F_ZERO;
	if (base == 16 && u && (sp->flags & F_ALT || c == 'p')) {
		*pe++ = '0';
		*pe++ = c == 'p' ? 'x' : c;
	}
	/* '#' with o: the first digit must be 0, widening the precision. */
	if (base == 8 && (sp->flags & F_ALT) && (nd == 0 || *d != '0') &&
	    (sp->prec < 0 || (size_t)sp->prec <= nd))
		sp->prec = nd + 1;
	struct __lstar_field f = { .pre = pre, .npre = pe - pre, .body = d, .nbody = nd,
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

/*
 * %ls and %lc.  lstar has only the C locale, where a wide character below
 * 0x80 is that byte and any other cannot be converted: EILSEQ, as wcrtomb
 * says and glibc's C locale does.  The precision counts bytes; characters
 * past it are not looked at.
 */
static int put_wstr(struct __lstar_sink *s, struct __lstar_spec *sp, const int *ws)
{
	size_t n = 0, max = sp->prec >= 0 ? (size_t)sp->prec : (size_t)-1;
	for (; n < max && ws[n]; n++)
		if ((unsigned)ws[n] >= 0x80)
			return -1;
	sp->flags &= ~F_ZERO;
	__lstar_pad_before(s, sp, n);
	for (size_t i = 0; i < n; i++) {
		char c = (char)ws[i];
		__lstar_sink_put(s, &c, 1);
	}
	__lstar_pad_after(s, sp, n);
	return 0;
}

/* A number past INT_MAX yields a negative one: no output could be that
 * long.  Saturates instead of overflowing. */
static const char *parse_num(const char *f, int *out)
{
	unsigned long v = 0;
	for (unsigned d; (d = *f - '0') < 10; f++) {
		v = v * 10 + d;
		if (v > INT_MAX)
			v = INT_MAX + 1ul;
	}
	*out = v > INT_MAX ? -1 : (int)v;
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
enum { A_GP, A_DBL, A_LDBL };

struct numbered {
	struct __lstar_sink count;      /* the first pass's: cap 0, counts only */
	va_list ap0;                    /* the first argument */
	int classify;                   /* 1: first pass, recording classes */
	unsigned char cls[NL_ARGMAX + 1];       /* class of argument n */
};

struct args {
	va_list ap;
	struct numbered *num;   /* NULL while the conversions are unnumbered */
	long double f;          /* A_DBL and A_LDBL arguments land here */
};

static uint64_t fetch(struct args *a, int n, int c);

/* fetch for numbered conversions.  The first pass records argument n's
 * class c (and fails for a number out of 1..NL_ARGMAX, 0 meaning none
 * given) and reads nothing; the second walks a->ap from the first argument
 * to n.  Out of line, so the unnumbered fetch is a leaf. */
__attribute__((noinline))
static uint64_t fetch_numbered(struct args *a, int n, int c)
{
	struct numbered *num = a->num;
	if (num->classify) {
		if ((unsigned)n - 1 < NL_ARGMAX)
			num->cls[n] = c;
		else
			num->count.err = EINVAL;
		a->f = 0;
		return 0;
	}
	va_end(a->ap);
	va_copy(a->ap, num->ap0);
	a->num = NULL;
	for (int i = 1; i < n; i++)
		fetch(a, 0, num->cls[i]);
	uint64_t v = fetch(a, 0, c);
	a->num = num;
	return v;
}

/* Argument n (numbered) or the next one, of class c: returned, or left in
 * a->f for floating point (0 in the first numbered pass). */
__attribute__((noinline))
static uint64_t fetch(struct args *a, int n, int c)
{
	if (a->num)
		return fetch_numbered(a, n, c);
	if (c == A_LDBL)
		a->f = va_arg(a->ap, long double);
	else if (c == A_DBL)
		a->f = va_arg(a->ap, double);
	else
		return va_arg(a->ap, uint64_t);
	return 0;
}

/* '*' or "*m$" at f: the int argument it names goes to *v.  Returns the
 * rest of the format, or NULL for "*m$" while unnumbered. */
static const char *star(const char *f, struct args *a, int *v)
{
	int m = 0;
	if ((unsigned)(*++f - '0') < 10) {
		f = parse_num(f, &m);
		if (*f == '$' && m)
			f++;
		else
			m = -1;         /* fails the first numbered pass */
		if (!a->num)
			return NULL;
	}
	*v = fetch(a, m, A_GP);
	return f;
}

static int run(struct __lstar_sink *s, const char *f, va_list ap_in, struct numbered *num);

/* The format fmt from its first numbered conversion f on.  A first pass
 * over all of fmt, its output only counted, checks it (an unnumbered
 * conversion before f fails it too) and records the argument classes, so a
 * bad numbered format prints nothing of its numbered part. */
static int numbered(struct __lstar_sink *s, const char *fmt, const char *f, va_list ap_in)
{
	struct numbered num = { .classify = 1 };
	va_copy(num.ap0, ap_in);
	int r = run(&num.count, fmt, ap_in, &num);
	if (r >= 0) {
		num.classify = 0;
		r = run(s, f, ap_in, &num);
	}
	va_end(num.ap0);
	return r;
}

/* Format f into s: __lstar_vformat, and each pass over a numbered format.
 * len is the argument's size in bytes (4 without a modifier, 16 for L). */
static int run(struct __lstar_sink *s, const char *f, va_list ap_in, struct numbered *num)
{
	struct args a;
	const char *fmt = f, *pct;
	a.num = num;
	int err;
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
		if ((unsigned)(*f - '1') < 9) {
			/* %n$, or a width without flags */
			f = parse_num(f, &sp.width);
			if (*f != '$')
				goto width_done;
			if (!a.num)
				goto mixed;
			argn = sp.width;
			sp.width = 0;
			f++;
		}
		for (;; f++) {
			/* most conversions have no flag: one test says so */
			unsigned c = *f - ' ';
			if (c >= 64 || !(FLAG_SET >> c & 1))
				break;
			int b = 0;
			while (flag_chars[b] != *f)
				b++;
			sp.flags |= 1 << (b < 5 ? b : 5);
		}
		if (*f == '*') {
			int w;
			f = star(f, &a, &w);
			if (!f)
				goto mixed;
			if (w < 0) {
				sp.flags |= F_LEFT;
				w = w == INT_MIN ? -1 : -w;
			}
			sp.width = w;
		} else if ((unsigned)(*f - '0') < 10) {
			f = parse_num(f, &sp.width);
		}
width_done:
		if (sp.width < 0)
			goto overflow;
		if (*f == '.') {
			if (*++f == '*') {
				f = star(f, &a, &sp.prec);
				if (!f)
					goto mixed;
				if (sp.prec < 0)
					sp.prec = -1;
			} else {
				f = parse_num(f, &sp.prec);
				if (sp.prec < 0)
					goto overflow;
			}
		}
		int len = 4;
		switch (*f) {
		case 'h':
			len = *++f == 'h' ? (f++, 1) : 2;
			break;
		case 'l':
			if (*++f == 'l')
				f++;
			len = 8;
			break;
		case 'q': case 'j': case 'z': case 'Z': case 't':
			f++;
			len = 8;
			break;
		case 'L':
			f++;
			len = 16;
			break;
		}
		sp.conv = *f++;
		if (sp.flags & F_LEFT)
			sp.flags &= ~F_ZERO;

		switch (sp.conv) {
		case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
			/* shift out all but the argument's bits: 56 for hh ... 0
			 * for l (and L: glibc reads a long long) */
			put_int(s, &sp, fetch(&a, argn, A_GP), -8 * len & 63);
			break;
		case 'p': case 's': case 'n': {
			void *p = (void *)(uintptr_t)fetch(&a, argn, A_GP);
			if (sp.conv == 'n') {
				/* store the low 1, 2, 4 or 8 bytes (little-endian);
				 * the first numbered pass has no pointer */
				size_t n = s->done + s->pos;
				if (p)
					__builtin_memcpy(p, &n, len > 8 ? 8 : len);
			} else if (sp.conv == 'p' && p) {
				put_int(s, &sp, (uintptr_t)p, 0);
			} else if (!p) {
				/* glibc: "(nil)" for %p; "(null)" for %s unless the
				 * precision is too small for all of it */
				int nil = sp.conv == 'p';
				put_text(s, &sp, nil ? "(nil)" : "(null)",
					 nil ? 5 : (unsigned)sp.prec < 6 ? 0 : 6);
			} else if (len == 8) {
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
			/* %lc: one byte in the C locale, L'\0' included
			 * (put_wstr explains). */
			if (len == 8 && c >= 0x80)
				goto ilseq;
			char ch = c;
			put_text(s, &sp, &ch, 1);
			break;
		}
		case '%':
			__lstar_sink_put(s, "%", 1);
			break;
		case 'f': case 'F': case 'e': case 'E':
		case 'g': case 'G': case 'a': case 'A':
			if (len == 16)
				sp.flags |= F_LONGDBL;
			fetch(&a, argn, len == 16 ? A_LDBL : A_DBL);
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
	/* A numbered conversion: from here on the format must be numbered
	 * throughout (POSIX leaves mixing undefined). */
	if (a.num)
		goto bad;
	va_end(a.ap);
	return numbered(s, fmt, pct, ap_in);
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
	if (!err && s->done + s->pos > INT_MAX)
		err = EOVERFLOW;
	if (!err)
		return s->done + s->pos;
	errno = err;
	return -1;
}

int __lstar_vformat(struct __lstar_sink *s, const char *f, va_list ap)
{
	return run(s, f, ap, NULL);
}
