#include "libm.h"

#define TWO_OVER_SQRTPI_HI 0x1.20dd750429b6dp+0
#define TWO_OVER_SQRTPI_LO 0x1.1ae3a914fed8p-56

/*
 * erf(x) as hi + lo for |x| < 2: the Taylor series
 * 2/sqrt(pi) * sum (-1)^n x^(2n+1) / (n! (2n+1)), every term and the sum
 * in double-double.  At x = 2 the terms reach 3 and erfc = 1 - erf is
 * 2^-7.7, so the 2^-100 of double-double leaves erfc 2^-80 accurate.
 */
double __lstar_erf_dd(double x, double *lo)
{
	double sl, s = two_prod(x, x, &sl);
	double tl = 0, t = x;		/* x^(2n+1) / n! */
	double rl = 0, r = x;		/* the partial sum */
	for (int n = 1; n < 60; n++) {
		t = dd_mul(t, tl, s, sl, &tl);
		t = dd_div(t, tl, n, 0, &tl);
		double ul, u = dd_div(t, tl, 2 * n + 1, 0, &ul);
		r = n & 1 ? dd_add(r, rl, -u, -ul, &rl) : dd_add(r, rl, u, ul, &rl);
		if (__builtin_fabs(u) < 0x1p-75 * __builtin_fabs(r))
			break;
	}
	return dd_mul(r, rl, TWO_OVER_SQRTPI_HI, TWO_OVER_SQRTPI_LO, lo);
}
