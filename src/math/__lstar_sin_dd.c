#include "libm.h"

/*
 * sin(xh + xl) as hi + lo for |xh| <= pi/4 + a little: Taylor to x^21
 * (the next term is below 2^-63 relative).  x^3/6 is formed in
 * double-double, so the only rounding of size is that of the remaining
 * terms (at most x^5/120, 2^-7.6 of the result).
 */
double __lstar_sin_dd(double xh, double xl, double *lo)
{
	double sl, s = two_prod(xh, xh, &sl);
	double cl, c = dd_mul(s, sl, xh, 0, &cl);	/* x^3 */
	double c6l, c6 = dd_div(c, cl, 6, 0, &c6l);
	double rest = c * s * (1.0 / 120 - s * (1.0 / 5040 - s * (1.0 / 362880
		- s * (1.0 / 39916800 - s * (1.0 / 6227020800.0 - s * (1.0 / 1307674368000.0
		- s * (1.0 / 355687428096000.0 - s * (1.0 / 121645100408832000.0
		- s * (1.0 / 51090942171709440000.0)))))))));
	double hl, h = fast_two_sum(xh, -c6, &hl);
	/* sin(xh + xl) = sin(xh) + xl cos(xh), cos(xh) ~ 1 - s/2 */
	return fast_two_sum(h, hl - c6l + rest + xl * (1 - 0.5 * s), lo);
}
