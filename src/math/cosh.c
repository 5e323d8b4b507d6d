#include "libm.h"

/* cosh x = (e^|x| + e^-|x|)/2 in double-double (a sum of positives);
 * past 40 the second term is below an ulp. */
double cosh(double x)
{
	double ax = __builtin_fabs(x), r, lo;
	if (ax < 0x1p-27)
		return 1;	/* x^2/2 is below half an ulp of 1 */
	if (!isfinite(x))
		return x * x;
	if (ax > 711)
		return __lstar_erange(INFINITY);
	int k;
	r = __lstar_exp_dd(ax, 0, &k, &lo);
	if (ax < 40) {
		double f = asdouble((uint64_t)(0x3ff + k) << 52);	/* exact */
		r *= f;
		lo *= f;
		double il, ih = dd_div(1, 0, r, lo, &il);
		r = dd_add(r, lo, ih, il, &lo);
		return 0.5 * (r + lo);
	}
	r = __lstar_exp_scale(r, lo, k - 1);
	if (isinf(r))
		errno = ERANGE;
	return r;
}
