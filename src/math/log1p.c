#include "libm.h"

/* 1 + x is formed exactly as a double-double u + ul, and
 * log(u + ul) = log(u) + ul/u to far below an ulp of the result. */
double log1p(double x)
{
	if (!(x > -1)) {
		if (isnan(x))
			return x + x;
		if (x == -1)
			return __lstar_erange(-INFINITY);
		return __lstar_edom((x - x) / (x - x));
	}
	if (x == INFINITY)
		return x;
	if (fabs(x) < 0x1p-54)
		return x;
	double ul, u = two_sum(1, x, &ul);
	double lo, hi = __lstar_log_dd(u, &lo);
	return hi + (lo + ul / u);
}
