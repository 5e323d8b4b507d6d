/* The x87 80-bit long double: a 64-bit significand with an explicit
 * integer bit (bit 63) and 16 bits of sign and biased exponent (16383). */
#ifndef LSTAR_LD80_H
#define LSTAR_LD80_H

#include "libm.h"

union ld80 {
	long double f;
	struct {
		uint64_t m;
		uint16_t se;
	} i;
};

static inline int ld80_exp(union ld80 u)
{
	return (u.i.se & 0x7fff) - 16383;
}

/* Truncate |x| to an integer, then, if away is set and a fraction was
 * dropped, step one unit away from zero: floor, ceil and trunc in one. */
static inline long double ld80_toint(long double x, int away)
{
	union ld80 u = { x };
	int e = ld80_exp(u);
	if (e >= 63)
		return e == 16384 ? x + x : x;
	if (e < 0) {
		if (!u.i.m)
			return x;
		u.i.se &= 0x8000;
		u.i.m = 0;
		if (away) {
			u.i.se |= 16383;
			u.i.m = 1ULL << 63;
		}
		return u.f;
	}
	uint64_t mask = ~0ULL >> (e + 1);
	if (!(u.i.m & mask))
		return x;
	u.i.m &= ~mask;
	if (away) {
		u.i.m += mask + 1;
		if (!u.i.m) {	/* carried out of the integer bit */
			u.i.m = 1ULL << 63;
			u.i.se++;
		}
	}
	return u.f;
}

#endif
