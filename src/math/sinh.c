#include "libm.h"

/* sinh x = (E + E/(E + 1))/2 with E = e^|x| - 1 as a double-double (no
 * cancellation near 0); past 40, e^-x is below an ulp and sinh = e^x / 2. */
double sinh(double x)
{
	double ax = __builtin_fabs(x), r, lo;
	if (ax < 0x1p-26 || !isfinite(x))
		return isnan(x) ? x + x : x;	/* x^3/6 is below half an ulp */
	if (ax < 40) {
		double eh, el = 0;
		eh = __lstar_expm1_dd(ax, &el);
		double dl, dh = dd_add(eh, el, 1, 0, &dl);
		double fl, fh = dd_div(eh, el, dh, dl, &fl);
		r = dd_add(eh, el, fh, fl, &lo);
		r = 0.5 * (r + lo);
	} else {
		if (ax > 711)
			return __lstar_erange(copysign(INFINITY, x));
		int k;
		r = __lstar_exp_dd(ax, 0, &k, &lo);
		r = __lstar_exp_scale(r, lo, k - 1);
		if (isinf(r))
			errno = ERANGE;
	}
	return x < 0 ? -r : r;
}
