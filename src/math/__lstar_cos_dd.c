#include "libm.h"

/*
 * cos(xh + xl) as hi + lo for |xh| <= pi/4 + a little: Taylor to x^20;
 * 1 - x^2/2 is exact in double-double and the rest (at most x^4/24, 2^-5.4
 * of the result) is rounded once or twice.
 */
double __lstar_cos_dd(double xh, double xl, double *lo)
{
	double sl, s = two_prod(xh, xh, &sl);
	double rest = s * s * (1.0 / 24 - s * (1.0 / 720 - s * (1.0 / 40320
		- s * (1.0 / 3628800 - s * (1.0 / 479001600 - s * (1.0 / 87178291200.0
		- s * (1.0 / 20922789888000.0 - s * (1.0 / 6402373705728000.0
		- s * (1.0 / 2432902008176640000.0)))))))));
	double hl, h = fast_two_sum(1, -0.5 * s, &hl);
	/* cos(xh + xl) = cos(xh) - xl sin(xh) */
	return fast_two_sum(h, hl - 0.5 * sl + rest - xl * xh, lo);
}
