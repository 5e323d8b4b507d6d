/*
 * The scanf engine.  Reads through a source with one character of
 * push-back, which is all C's scanf grammar allows (the input item is the
 * longest prefix of a matching sequence, and one character past it is read).
 */
#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "format.h"

/*
 * The m modifier allocates with malloc and realloc; free is referenced
 * weakly so that scanf alone does not pull the full allocator into a
 * program.  If nothing else in the program calls free, the link chose the
 * bump allocator (docs/malloc.md), which never reclaims memory anyway:
 * skipping the free is then exactly what free would have done.
 */
extern void free(void *) __attribute__((weak));

enum { LEN_HH, LEN_H, LEN_NONE, LEN_L, LEN_LL, LEN_BIG };

struct reader {
	struct __lstar_source *src;
	size_t pos;         /* characters consumed, for %n */
};

static int get(struct reader *r)
{
	int c = r->src->getc(r->src->ctx);
	if (c >= 0)
		r->pos++;
	return c;
}

static void unget(struct reader *r, int c)
{
	if (c >= 0) {
		r->src->ungetc(c, r->src->ctx);
		r->pos--;
	}
}

static int is_space(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* Skip white space; returns the first other character (consumed), or -1. */
static int skip_space(struct reader *r)
{
	int c;
	while (is_space(c = get(r)))
		;
	return c;
}

static int digit_val(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 32;
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 10;
	return 99;
}

static void store_int(void *p, int len, uint64_t v)
{
	switch (len) {
	case LEN_HH: *(unsigned char *)p = v; break;
	case LEN_H: *(unsigned short *)p = v; break;
	case LEN_NONE: *(unsigned *)p = v; break;
	default: *(uint64_t *)p = v; break;
	}
}

/*
 * One integer, as strtoll (signed) or strtoull (unsigned) would read it,
 * limited to width characters.  base 0 detects 0x / 0 prefixes.  Returns 0
 * on a matching failure, 1 on success, -1 on input failure (nothing read).
 */
static int scan_int(struct reader *r, size_t width, int base, int is_signed, uint64_t *out)
{
	int c = skip_space(r);
	if (c < 0)
		return -1;
	int neg = 0;
	size_t n = 0;
	if (c == '+' || c == '-') {
		neg = c == '-';
		if (++n == width)
			return 0;
		c = get(r);
	}
	int ndig = 0;
	if ((base == 0 || base == 16) && c == '0') {
		ndig = 1;           /* the 0 is a digit even if no x follows */
		if (++n == width) {
			*out = 0;
			return 1;
		}
		c = get(r);
		if ((c | 32) == 'x') {
			if (++n == width) {
				*out = 0;   /* glibc: "0x" cut by the width reads as 0 */
				return 1;
			}
			c = get(r);
			if (digit_val(c) >= 16) {
				/* "0x" with no hex digit is not a matching sequence,
				 * and it cannot be pushed back: a matching failure. */
				unget(r, c);
				return 0;
			}
			base = 16;
			ndig = 0;
		} else if (base == 0) {
			base = 8;
		}
	}
	if (base == 0)
		base = 10;
	uint64_t v = 0;
	int over = 0;
	for (int d; (d = digit_val(c)) < base; ndig++) {
		if (v > (UINT64_MAX - d) / base)
			over = 1;
		v = v * base + d;
		if (++n == width) {
			c = -1;
			ndig++;
			goto done;
		}
		c = get(r);
	}
	unget(r, c);
done:
	if (!ndig)
		return 0;
	if (is_signed) {
		uint64_t lim = neg ? (uint64_t)INT64_MAX + 1 : INT64_MAX;
		if (over || v > lim)
			v = lim;
	} else if (over) {
		v = UINT64_MAX;
		neg = 0;
	}
	*out = neg ? -v : v;
	return 1;
}

/* Parse a %[ set starting after '['; returns the character after ']'. */
static const char *scanset(const char *f, unsigned char set[256])
{
	int invert = *f == '^';
	if (invert)
		f++;
	memset(set, 0, 256);
	if (*f == ']') {
		set[']'] = 1;
		f++;
	}
	for (; *f && *f != ']'; f++) {
		if (*f == '-' && f[-1] != '[' && f[-1] != '^' && f[1] && f[1] != ']') {
			for (int c = (unsigned char)f[-1]; c <= (unsigned char)f[1]; c++)
				set[c] = 1;
			f++;
			continue;
		}
		set[(unsigned char)*f] = 1;
	}
	if (invert)
		for (int i = 0; i < 256; i++)
			set[i] = !set[i];
	return *f ? f + 1 : f;
}

/* A conversion directive: %[*][width][m][length]conversion. */
struct spec {
	int suppress, alloc, len;
	size_t width;
	const unsigned char *conv;	/* the conversion character */
};

static const unsigned char *parse_spec(const unsigned char *f, struct spec *sp)
{
	sp->suppress = *f == '*';
	if (sp->suppress)
		f++;
	sp->width = 0;
	while (*f >= '0' && *f <= '9')
		sp->width = sp->width * 10 + (*f++ - '0');
	sp->alloc = *f == 'm';	/* meaningful for %c %s %[ only; glibc ignores it elsewhere */
	if (sp->alloc)
		f++;
	sp->len = LEN_NONE;
	switch (*f) {
	case 'h':
		sp->len = f[1] == 'h' ? (f++, LEN_HH) : LEN_H;
		f++;
		break;
	case 'l':
		sp->len = f[1] == 'l' ? (f++, LEN_LL) : LEN_L;
		f++;
		break;
	case 'q': case 'j': case 'z': case 't':
		sp->len = LEN_LL;
		f++;
		break;
	case 'L':
		sp->len = LEN_BIG;
		f++;
		break;
	}
	sp->conv = f;
	return f;
}

/*
 * Where %c, %s and %[ put what they read: nowhere (suppressed), the
 * caller's array, or with m a buffer they allocate and grow.  Wide forms
 * (%lc %ls %l[) store wchar_t: lstar knows only the C locale, where each
 * byte is one character, so byte b becomes the wide character b.
 */
struct store {
	void *dest;	/* the caller's array, or with m its char ** / wchar_t ** */
	char *buf;	/* the allocated buffer (m) */
	size_t n, cap;	/* elements stored / allocated */
	int wide, alloc;
};

/* Returns 0 when the buffer cannot grow. */
static int put(struct store *st, int c)
{
	if (!st->dest) {
		st->n++;
		return 1;
	}
	size_t esz = st->wide ? sizeof(wchar_t) : 1;
	if (st->alloc && st->n == st->cap) {
		size_t cap = st->cap ? st->cap * 2 : 32;
		char *b = cap <= SIZE_MAX / 2 / esz ? realloc(st->buf, cap * esz) : 0;
		if (!b)
			return 0;
		st->buf = b;
		st->cap = cap;
	}
	char *base = st->alloc ? st->buf : st->dest;
	if (st->wide)
		((wchar_t *)base)[st->n] = (wchar_t)(unsigned char)c;
	else
		base[st->n] = (char)c;
	st->n++;
	return 1;
}

/* A conversion that allocated and then failed leaves the caller NULL
 * (glibc does the same). */
static void drop(struct store *st)
{
	if (st->alloc && st->dest) {
		if (free)
			free(st->buf);
		*(void **)st->dest = 0;
	}
}

enum { SCAN_OK = 1, SCAN_MATCH = 0, SCAN_INPUT = -1, SCAN_NOMEM = -2 };

/* %c: exactly width characters (1 by default), no terminator. */
static int scan_chars(struct reader *r, size_t width, struct store *st)
{
	if (!width)
		width = 1;
	if (st->alloc)
		st->cap = width;	/* one allocation of the known size */
	if (st->alloc && st->dest && !(st->buf = malloc(width * (st->wide ? sizeof(wchar_t) : 1)))) {
		drop(st);
		return SCAN_NOMEM;
	}
	int c;
	while (st->n < width && (c = get(r)) >= 0)
		put(st, c);
	if (!st->n) {
		drop(st);
		return SCAN_INPUT;
	}
	return SCAN_OK;
}

/* %s and %[: the longest run of set members, at most width, terminated. */
static int scan_run(struct reader *r, size_t width, const unsigned char set[256],
		    int skip, struct store *st)
{
	int c = skip ? skip_space(r) : get(r);
	size_t i = 0;
	for (; c >= 0 && set[c]; ) {
		if (!put(st, c))
			goto nomem;
		if (++i == width) {
			c = -2;
			break;
		}
		c = get(r);
	}
	if (c != -2)
		unget(r, c);
	if (!i) {
		drop(st);
		return c == -1 ? SCAN_INPUT : SCAN_MATCH;
	}
	if (!put(st, 0))
		goto nomem;
	return SCAN_OK;
nomem:
	drop(st);
	return SCAN_NOMEM;
}

/*
 * Out of memory for an m conversion: POSIX asks that a call returning EOF
 * free what its m conversions allocated, so walk the directives before
 * the failing one again, with a fresh copy of the arguments, and free
 * and clear each pointer an earlier m conversion filled.
 */
static void undo_allocs(const unsigned char *f, const unsigned char *stop, va_list ap)
{
	unsigned char set[256];
	while (f < stop) {
		if (*f++ != '%')
			continue;
		if (*f == '%') {
			f++;
			continue;
		}
		struct spec sp;
		f = parse_spec(f, &sp);
		if (*f == '[')
			f = (const unsigned char *)scanset((const char *)f + 1, set) - 1;
		if (f >= stop)
			break;
		if (sp.suppress || *f++ == '%')
			continue;
		void **dest = va_arg(ap, void **);
		if (sp.alloc) {
			if (free)
				free(*dest);
			*dest = 0;
		}
	}
}

int __lstar_vscan(struct __lstar_source *src, const char *fmt, va_list ap)
{
	struct reader r = { src, 0 };
	int assigned = 0;
	const unsigned char *f = (const unsigned char *)fmt;
	va_list ap0;
	va_copy(ap0, ap);
	int c;
	for (; *f; f++) {
		if (is_space(*f)) {
			unget(&r, skip_space(&r));
			continue;
		}
		if (*f != '%' || f[1] == '%') {
			if (*f == '%') {
				f++;
				c = skip_space(&r);
			} else {
				c = get(&r);
			}
			if (c != *f) {
				if (c < 0)
					goto input_fail;
				unget(&r, c);
				goto out;
			}
			continue;
		}
		const unsigned char *directive = f;
		struct spec sp;
		f = parse_spec(f + 1, &sp);
		size_t width = sp.width;
		int len = sp.len;
		void *dest = sp.suppress || *f == '%' ? NULL : va_arg(ap, void *);
		int base = 10, is_signed = 0, ok;
		uint64_t v;
		switch (*f) {
		case 'n':
			if (dest)
				store_int(dest, len, r.pos);
			continue;
		case 'd': is_signed = 1; break;
		case 'i': is_signed = 1; base = 0; break;
		case 'u': break;
		case 'o': base = 8; break;
		case 'x': case 'X': case 'p': base = 16; break;
		case 'c': case 's': case '[': {
			struct store st = { dest, 0, 0, 0, len == LEN_L, sp.alloc };
			unsigned char set[256];
			if (*f == 'c') {
				ok = scan_chars(&r, width, &st);
			} else {
				if (*f == '[') {
					f = (const unsigned char *)scanset((const char *)f + 1, set) - 1;
				} else {
					for (int i = 0; i < 256; i++)
						set[i] = !is_space(i);
				}
				ok = scan_run(&r, width, set, *f == 's', &st);
			}
			if (ok == SCAN_NOMEM) {
				undo_allocs((const unsigned char *)fmt, directive, ap0);
				va_end(ap0);
				errno = ENOMEM;
				return -1;
			}
			if (ok == SCAN_INPUT)
				goto input_fail;
			if (ok == SCAN_MATCH)
				goto out;
			if (dest) {
				if (sp.alloc)
					*(void **)dest = st.buf;
				assigned++;
			}
			continue;
		}
		case 'a': case 'e': case 'f': case 'g':
		case 'A': case 'E': case 'F': case 'G':
			ok = __lstar_scan_float(src, &r.pos, width, len == LEN_BIG ? 2 : len == LEN_L, dest);
			if (ok < 0)
				goto input_fail;
			if (!ok)
				goto out;
			if (dest)
				assigned++;
			continue;
		default:
			goto out;   /* unknown conversion: stop like a matching failure */
		}
		ok = scan_int(&r, width, base, is_signed, &v);
		if (ok < 0)
			goto input_fail;
		if (!ok)
			goto out;
		if (dest) {
			if (*f == 'p')
				*(void **)dest = (void *)(uintptr_t)v;
			else
				store_int(dest, len, v);
			assigned++;
		}
	}
out:
	va_end(ap0);
	return assigned;
input_fail:
	va_end(ap0);
	/* glibc's rule: EOF when nothing was assigned, even if a suppressed
	 * conversion or a literal matched first. */
	return assigned ? assigned : -1;
}
