#include "libm.h"

double expm1(double x)
{
	if (!(x < 709.8)) {
		if (isnan(x) || x == INFINITY)
			return x + x;
		return __lstar_erange(INFINITY);
	}
	if (x < -40)
		return -1;	/* e^x is below half an ulp of 1 */
	if (__builtin_fabs(x) < 0x1p-54)
		return x;
	if (x > 40)
		return exp(x);
	double lo, hi = __lstar_expm1_dd(x, &lo);
	return hi + lo;
}
