/*
 * scanf's floating-point items.  The item is read character by character
 * (C's grammar: the longest prefix of a matching sequence), rewritten into
 * a canonical string of bounded length and converted by strtof/strtod/
 * strtold, the library's correctly rounded decimal and hex conversion.
 *
 * Canonical form: sign, ".DIGITS", a sticky "1" if nonzero digits were
 * dropped, and an exponent.  Keeping more significant digits than any
 * rounding decision of the type can depend on (767 for double, about 11,500
 * for x87 long double: the digits of a halfway point between subnormals)
 * makes the dropped tail matter only through "is it nonzero", which the
 * sticky digit preserves.  So arbitrarily long input converts exactly
 * without an input buffer of its size.
 */
#include <stdint.h>
#include <stdlib.h>
#include "format.h"

#define KEEP_DBL 800
#define KEEP_LDBL 11600
#define KEEP_HEX 40
#define EXP_CLAMP 100000000L

struct item {
	struct __lstar_source *src;
	size_t *pos;
	size_t left;            /* characters the width still allows */
	int c;                  /* current character, -1 at end */
};

static void next(struct item *it)
{
	if (!it->left) {
		it->c = -2;     /* width exhausted: not read, nothing to push back */
		return;
	}
	it->left--;
	it->c = it->src->getc(it->src->ctx);
	if (it->c >= 0)
		(*it->pos)++;
}

static void push_back(struct item *it)
{
	if (it->c >= 0) {
		it->src->ungetc(it->c, it->src->ctx);
		(*it->pos)--;
	}
}

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* Match the rest of a word (case-insensitively); 1 if all of it matched. */
static int match_word(struct item *it, const char *w)
{
	for (; *w; w++) {
		next(it);
		if (lower(it->c) != *w)
			return 0;
	}
	return 1;
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = lower(c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static char *put_exp(char *o, long e)
{
	char t[24], *p = t + sizeof t;
	unsigned long u = e < 0 ? -e : e;
	do *--p = '0' + u % 10; while (u /= 10);
	if (e < 0)
		*--p = '-';
	while (p < t + sizeof t)
		*o++ = *p++;
	return o;
}

/* Digits, optional point, more digits, in base 10 or 16; fills o with up to
 * keep significant digits.  Returns the digit count seen (0: none). */
static long mantissa(struct item *it, int hex, char **o, long keep, long *scale, int *pointp)
{
	long seen = 0, kept = 0;
	int point = 0, nonzero = 0, sticky = 0;
	*scale = 0;
	for (;; next(it)) {
		if (it->c == '.' && !point) {
			point = 1;
			continue;
		}
		int d = hex ? hexval(it->c) : (it->c >= '0' && it->c <= '9' ? it->c - '0' : -1);
		if (d < 0)
			break;
		seen++;
		if (d)
			nonzero = 1;
		if (!nonzero) {
			if (point)
				--*scale;
			continue;
		}
		if (!point)
			++*scale;
		if (kept < keep) {
			*(*o)++ = it->c;
			kept++;
		} else if (d) {
			sticky = 1;
		}
	}
	*pointp = point;
	if (sticky)
		*(*o)++ = '1';
	if (!nonzero)
		*(*o)++ = '0';
	return seen;
}

/* The optional exponent after the mantissa: e[+-]digits or p[+-]digits. */
static void exponent(struct item *it, char mark, long *e)
{
	*e = 0;
	if (lower(it->c) != mark)
		return;
	next(it);
	int neg = 0;
	if (it->c == '+' || it->c == '-') {
		neg = it->c == '-';
		next(it);
	}
	/* "1e" or "1e+": consumed, and (as in glibc) the number before it
	 * stands, as strtod reads it. */
	for (; it->c >= '0' && it->c <= '9'; next(it))
		if (*e < EXP_CLAMP)
			*e = *e * 10 + (it->c - '0');
	if (neg)
		*e = -*e;
}

static void store(int kind, void *dest, const char *text)
{
	if (!dest)
		return;
	if (kind == 0)
		*(float *)dest = strtof(text, NULL);
	else if (kind == 1)
		*(double *)dest = strtod(text, NULL);
	else
		*(long double *)dest = strtold(text, NULL);
}

int __lstar_scan_float(struct __lstar_source *src, size_t *pos, size_t width,
		       int kind, void *dest)
{
	struct item it = { src, pos, width ? width : SIZE_MAX, 0 };
	do {
		it.c = src->getc(src->ctx);
		if (it.c >= 0)
			(*pos)++;
	} while (it.c == ' ' || (it.c >= '\t' && it.c <= '\r'));
	if (it.c < 0)
		return -1;
	it.left--;
	char text[KEEP_LDBL + 64], *o = text;
	if (it.c == '+' || it.c == '-') {
		*o++ = it.c;
		next(&it);
	}
	int l = lower(it.c);
	if (l == 'i' || l == 'n') {
		if (!match_word(&it, l == 'i' ? "nf" : "an"))
			goto mismatch;
		o[0] = l == 'i' ? 'i' : 'n';
		o[1] = l == 'i' ? 'n' : 'a';
		o[2] = l == 'i' ? 'f' : 'n';
		o[3] = 0;
		next(&it);
		/* glibc: "inf" may go on to "infinity" but not stop inside it;
		 * "nan" takes no "(n-char-sequence)". */
		if (l == 'i' && lower(it.c) == 'i') {
			if (!match_word(&it, "nity"))
				goto mismatch;
			next(&it);
		}
		push_back(&it);
		store(kind, dest, text);
		return 1;
	}
	int hex = 0, point;
	long scale, e = 0, lead0 = 0;
	if (it.c == '0') {
		/* glibc takes "0x" as a prefix only with room for one more
		 * character after it within the width. */
		int room = it.left >= 2;
		next(&it);
		if (room && lower(it.c) == 'x') {
			next(&it);
			hex = 1;
			*o++ = '0';
			*o++ = 'x';
		} else {
			lead0 = 1;      /* a digit, not a significant one */
		}
	}
	*o++ = '.';
	long digits = lead0 + mantissa(&it, hex, &o, hex ? KEEP_HEX : kind == 2 ? KEEP_LDBL : KEEP_DBL,
				       &scale, &point);
	/* glibc: no digit is a failure, except that "0x." reads as 0. */
	if (!digits && !(hex && point))
		goto mismatch;
	if (digits)
		exponent(&it, hex ? 'p' : 'e', &e);
	push_back(&it);
	*o++ = hex ? 'p' : 'e';
	o = put_exp(o, e + (hex ? 4 : 1) * scale);
	*o = 0;
	store(kind, dest, text);
	return 1;
mismatch:
	push_back(&it);
	return 0;
}
