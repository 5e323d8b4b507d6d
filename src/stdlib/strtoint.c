#include <ctype.h>
#include <errno.h>
#include "strtoint.h"

struct scan {
	unsigned long long mag;	/* magnitude, saturated at ULLONG_MAX */
	int neg, overflow;
};

static int digit(int c)
{
	if ((unsigned)(c - '0') < 10)
		return c - '0';
	if ((unsigned)((c | 32) - 'a') < 26)
		return (c | 32) - 'a' + 10;
	return 99;
}

/*
 * C11 7.22.1.4: optional space and sign, then a base-prefix ("0x" only in
 * base 16 or 0, octal "0" in base 0), then digits.  With no digits nothing
 * is consumed and *end is s; "0x" without a hex digit consumes only the 0.
 * An invalid base is EINVAL, and also consumes nothing.
 */
static int scan(const char *s, char **end, int base, struct scan *r)
{
	const char *p = s;
	r->mag = 0;
	r->neg = r->overflow = 0;
	if (base < 0 || base == 1 || base > 36) {
		if (end)
			*end = (char *)s;
		errno = EINVAL;
		return 0;
	}
	while (isspace((unsigned char)*p))
		p++;
	if (*p == '+' || *p == '-')
		r->neg = *p++ == '-';
	if ((base == 0 || base == 16) && p[0] == '0' && (p[1] | 32) == 'x' && digit(p[2]) < 16) {
		p += 2;
		base = 16;
	} else if (base == 0) {
		base = *p == '0' ? 8 : 10;
	}
	const char *first = p;
	for (int d; (d = digit((unsigned char)*p)) < base; p++) {
		if (r->mag > (~0ULL - d) / base)
			r->overflow = 1;
		else
			r->mag = r->mag * base + d;
	}
	if (end)
		*end = (char *)(p == first ? s : p);
	return p != first;
}

long long __lstar_strtos(const char *s, char **end, int base, long long min, long long max)
{
	struct scan r;
	if (!scan(s, end, base, &r))
		return 0;
	unsigned long long lim = r.neg ? -(unsigned long long)min : (unsigned long long)max;
	if (r.overflow || r.mag > lim) {
		errno = ERANGE;
		return r.neg ? min : max;
	}
	return r.neg ? (long long)-r.mag : (long long)r.mag;
}

unsigned long long __lstar_strtou(const char *s, char **end, int base, unsigned long long max)
{
	struct scan r;
	if (!scan(s, end, base, &r))
		return 0;
	if (r.overflow || r.mag > max) {
		errno = ERANGE;
		return max;
	}
	return r.neg ? (-r.mag & max) : r.mag;
}
