#include "libm.h"

/* atanh x = log((1 + x)/(1 - x))/2: both factors are exact
 * double-doubles and the quotient is carried as one. */
double atanh(double x)
{
	double ax = __builtin_fabs(x);
	if (!(ax < 1)) {
		if (ax == 1)
			return __lstar_erange(x / 0.0);	/* pole */
		if (isnan(x))
			return x + x;
		return __lstar_edom((x - x) / (x - x));
	}
	if (ax < 0x1p-27)
		return x;	/* x^3/3 is below half an ulp */
	double nl, nh = two_sum(1, ax, &nl);
	double dl, dh = two_sum(1, -ax, &dl);
	double ql, q = dd_div(nh, nl, dh, dl, &ql);
	double lo, r = __lstar_log_dd(q, &lo);
	r = 0.5 * (r + (lo + ql / q));
	return x < 0 ? -r : r;
}
