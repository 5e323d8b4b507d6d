#include "libm.h"

double exp(double x)
{
	if (!(__builtin_fabs(x) < 745.2)) {	/* large, inf or NaN */
		if (isnan(x))
			return x + x;
		if (x > 0)
			return x == INFINITY ? x : __lstar_erange(INFINITY);
		return x == -INFINITY ? 0 : __lstar_erange(0);
	}
	if (__builtin_fabs(x) < 0x1p-54)
		return 1 + x;
	int k;
	double lo, hi = __lstar_exp_dd(x, 0, &k, &lo);
	double r = __lstar_exp_scale(hi, lo, k);
	if (r == 0 || isinf(r))
		errno = ERANGE;
	return r;
}
