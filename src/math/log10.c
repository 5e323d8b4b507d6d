#include "libm.h"

/* log(x) * (1/ln 10), both as double-doubles. */
double log10(double x)
{
	if (__lstar_log_outside(asuint64(x)))
		return __lstar_log_special(x);
	double lo, hi = __lstar_log_dd(x, &lo);
	hi = dd_mul(hi, lo, 0x1.bcb7b1526e50ep-2, 0x1.95355baaafad3p-57, &lo);
	return hi + lo;
}
