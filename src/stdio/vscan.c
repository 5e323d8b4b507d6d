/*
 * The scanf engine.  Reads through a source with one character of
 * push-back, which is all C's scanf grammar allows (the input item is the
 * longest prefix of a matching sequence, and one character past it is read).
 */
#include <limits.h>
#include <stdint.h>
#include <string.h>
#include "format.h"

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

int __lstar_vscan(struct __lstar_source *src, const char *fmt, va_list ap)
{
	struct reader r = { src, 0 };
	int assigned = 0;
	const unsigned char *f = (const unsigned char *)fmt;
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
		f++;
		int suppress = *f == '*';
		if (suppress)
			f++;
		size_t width = 0;
		while (*f >= '0' && *f <= '9')
			width = width * 10 + (*f++ - '0');
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
		case 'q': case 'j': case 'z': case 't':
			len = LEN_LL;
			f++;
			break;
		case 'L':
			len = LEN_BIG;
			f++;
			break;
		}
		if (len == LEN_L && (*f == 'c' || *f == 's' || *f == '['))
			return assigned ? assigned : -1;   /* wide forms: not supported */
		void *dest = suppress || *f == '%' ? NULL : va_arg(ap, void *);
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
		case 'c': {
			if (!width)
				width = 1;
			size_t i = 0;
			for (; i < width && (c = get(&r)) >= 0; i++)
				if (dest)
					((char *)dest)[i] = c;
			if (!i)
				goto input_fail;
			if (dest)
				assigned++;
			continue;
		}
		case 's': case '[': {
			unsigned char set[256];
			if (*f == '[') {
				f = (const unsigned char *)scanset((const char *)f + 1, set) - 1;
				c = get(&r);
			} else {
				for (int i = 0; i < 256; i++)
					set[i] = !is_space(i);
				c = skip_space(&r);
			}
			size_t i = 0;
			for (; c >= 0 && set[c]; i++) {
				if (dest)
					((char *)dest)[i] = c;
				if (i + 1 == width) {
					i++;
					c = -2;
					break;
				}
				c = get(&r);
			}
			if (c != -2)
				unget(&r, c);
			if (!i) {
				if (c == -1)
					goto input_fail;
				goto out;
			}
			if (dest) {
				((char *)dest)[i] = 0;
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
	return assigned;
input_fail:
	/* glibc's rule: EOF when nothing was assigned, even if a suppressed
	 * conversion or a literal matched first. */
	return assigned ? assigned : -1;
}
