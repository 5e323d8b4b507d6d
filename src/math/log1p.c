#include "libm.h"

/* Beyond 2^-10, 1 + x is formed exactly as a double-double u + ul, and
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
	if (__builtin_fabs(x) < 0x1p-54)
		return x;
	if (__builtin_fabs(x) < 0x1p-10) {
		/* the series, x^2/2 exact: 1 + x would lose x's low bits
		 * to ul, whose rounding then shows at this size */
		double sl, s = two_prod(x, x, &sl);
		double p = x * s * (1.0 / 3 - x * (1.0 / 4 - x * (1.0 / 5 - x * (1.0 / 6))));
		double hl, h = fast_two_sum(x, -0.5 * s, &hl);
		return h + (hl - 0.5 * sl + p);
	}
	double ul, u = two_sum(1, x, &ul);
	double lo, hi = __lstar_log_dd(u, &lo);
	return hi + (lo + ul / u);
}
