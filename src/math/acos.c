#include "libm.h"

#define PI_HI 0x1.921fb54442d18p+1
#define PI_LO 0x1.1a62633145c07p-53

/* acos x = atan(sqrt(1 - x^2) / x), moved to (pi/2, pi) for x < 0; as in
 * asin.c every intermediate is a double-double. */
double acos(double x)
{
	double ax = __builtin_fabs(x);
	if (!(ax < 1)) {
		if (x == 1)
			return 0;
		if (x == -1)
			return PI_HI + PI_LO;
		if (isnan(x))
			return x + x;
		return __lstar_edom((x - x) / (x - x));
	}
	if (ax < 0x1p-57)
		return 0x1.921fb54442d18p+0;	/* pi/2 - x rounds to pi/2 */
	double pl, ph = two_prod(ax, ax, &pl);
	double dl, dh = two_sum(1, -ph, &dl);
	dh = fast_two_sum(dh, dl - pl, &dl);
	double rl, rh = dd_sqrt(dh, dl, &rl);
	double ql, q = dd_div(rh, rl, ax, 0, &ql);
	double lo, r = __lstar_atan_dd(q, ql, &lo);
	if (x < 0)
		r = dd_add(PI_HI, PI_LO, -r, -lo, &lo);
	return r + lo;
}
