#include "libm.h"

/* e^x - 1 as hi + lo, for |x| < 40: near zero the series with x^2/2
 * exact, elsewhere e^x from __lstar_exp_dd less one. */
double __lstar_expm1_dd(double x, double *lo)
{
	if (__builtin_fabs(x) < 0.25) {
		double sl, s = two_prod(x, x, &sl);
		double q = x * s * (1.0 / 6 + x * (1.0 / 24 + x * (1.0 / 120
			+ x * (1.0 / 720 + x * (1.0 / 5040 + x * (1.0 / 40320
			+ x * (1.0 / 362880 + x * (1.0 / 3628800 + x * (1.0 / 39916800
			+ x * (1.0 / 479001600 + x * (1.0 / 6227020800.0))))))))))) ;
		double hl, h = fast_two_sum(x, 0.5 * s, &hl);
		return fast_two_sum(h, hl + 0.5 * sl + q, lo);
	}
	int k;
	double l, h = __lstar_exp_dd(x, 0, &k, &l);
	double f = asdouble((uint64_t)(0x3ff + k) << 52);	/* exact scaling */
	h *= f;
	l *= f;
	return dd_add(h, l, -1, 0, lo);
}
