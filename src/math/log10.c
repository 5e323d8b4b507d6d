#include "libm.h"

/* log(x) * (1/ln 10), both as double-doubles. */
double log10(double x)
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
	hi = dd_mul(hi, lo, 0x1.bcb7b1526e50ep-2, 0x1.95355baaafad3p-57, &lo);
	return hi + lo;
}
