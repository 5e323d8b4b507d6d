#include "libm.h"

/* asin x = atan(x / sqrt(1 - x^2)), with 1 - x^2 exact as a
 * double-double and the root and quotient carried the same way. */
double asin(double x)
{
	double ax = __builtin_fabs(x);
	if (!(ax < 1)) {
		if (ax == 1)
			return copysign(0x1.921fb54442d18p+0, x);
		if (isnan(x))
			return x + x;
		return __lstar_edom((x - x) / (x - x));
	}
	if (ax < 0x1p-26)
		return x;	/* x^3/6 is below half an ulp */
	double pl, ph = two_prod(ax, ax, &pl);
	double dl, dh = two_sum(1, -ph, &dl);
	dh = fast_two_sum(dh, dl - pl, &dl);
	double rl, rh = dd_sqrt(dh, dl, &rl);
	double ql, q = dd_div(ax, 0, rh, rl, &ql);
	double lo, r = __lstar_atan_dd(q, ql, &lo);
	r += lo;
	return x < 0 ? -r : r;
}
