#include "ld80.h"

/* fscale multiplies by 2^n with a single rounding, subnormals included. */
long double scalbnl(long double x, int n)
{
	if (n > 40000)
		n = 40000;
	else if (n < -40000)
		n = -40000;
	long double r;
	__asm__("fscale" : "=t"(r) : "0"(x), "u"((long double)n));
	/* range errors set ERANGE, as glibc's scalbnl does */
	if ((!isfinite(r) || r == 0) && isfinite(x) && x != 0)
		errno = ERANGE;
	return r;
}
