#include "ld80.h"

long double frexpl(long double x, int *e)
{
	union ld80 u = { x };
	int ex = u.i.se & 0x7fff;
	if (!ex) {
		if (!u.i.m) {
			*e = 0;
			return x;
		}
		x = frexpl(x * 0x1p64L, e);
		*e -= 64;
		return x;
	}
	if (ex == 0x7fff) {
		*e = 0;
		return x + x;
	}
	*e = ex - 16382;
	u.i.se = (u.i.se & 0x8000) | 16382;
	return u.f;
}
