#include "libm.h"

/* Step the bit pattern; a result that is subnormal, zero or infinite from
 * a finite x sets ERANGE, as glibc does. */
double nextafter(double x, double y)
{
	if (isnan(x) || isnan(y))
		return x + y;
	if (x == y)
		return y;
	uint64_t u = asuint64(x);
	if (x == 0)	/* no error for the step off zero, as glibc */
		return asdouble((asuint64(y) & SIGN64) | 1);
	if ((x < y) == !(u >> 63))
		u++;
	else
		u--;
	double r = asdouble(u);
	uint64_t e = u & EXP64;
	if (e == EXP64) {
		__lstar_force_eval(x + x);
		errno = ERANGE;
	} else if (!e) {
		__lstar_force_eval(x * x + r * r);
		errno = ERANGE;
	}
	return r;
}
