#include "libm.h"

double log(double x)
{
	uint64_t u = asuint64(x);
	if (u - 0x0000000000000001ULL >= 0x7fefffffffffffffULL) {	/* 0, <0, inf, NaN */
		if (!(u << 1))
			return __lstar_erange(-1 / (x * x));	/* pole: -inf */
		if (u == EXP64 || isnan(x))
			return x + x;
		return __lstar_edom((x - x) / (x - x));
	}
	double lo;
	return __lstar_log_dd(x, &lo) + lo;
}
