#include "libm.h"

/* log(x) * (1/ln 2), both as double-doubles. */
double log2(double x)
{
	if (__lstar_log_outside(asuint64(x)))
		return __lstar_log_special(x);
	double lo, hi = __lstar_log_dd(x, &lo);
	hi = dd_mul(hi, lo, 0x1.71547652b82fep+0, 0x1.777d0ffda0d24p-56, &lo);
	return hi + lo;
}
