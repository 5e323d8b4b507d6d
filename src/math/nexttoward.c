#include "libm.h"

double nexttoward(double x, long double y)
{
	if (isnan(x) || isnan(y))
		return (long double)x + y;
	if (x == y)
		return y;
	uint64_t u = asuint64(x);
	if (x == 0)	/* no error for the step off zero, as glibc */
		return asdouble((signbit(y) ? SIGN64 : 0) | 1);
	if ((x < y) == !(u >> 63))
		u++;
	else
		u--;
	double r = asdouble(u);
	uint64_t e = u & EXP64;
	if (e == EXP64 || !e)
		errno = ERANGE;
	return r;
}
