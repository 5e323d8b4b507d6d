#include "libm.h"

/* log(x) * (1/ln 2), both as double-doubles. */
double log2(double x)
{
	uint64_t u = asuint64(x);
	if (u - 0x0000000000000001ULL >= 0x7fefffffffffffffULL) {
		if (!(u << 1))
			return __lstar_erange(-1 / (x * x));
		if (u == EXP64 || isnan(x))
			return x + x;
		return __lstar_edom((x - x) / (x - x));
	}
	double lo, hi = __lstar_log_dd(x, &lo);
	hi = dd_mul(hi, lo, 0x1.71547652b82fep+0, 0x1.777d0ffda0d24p-56, &lo);
	return hi + lo;
}
