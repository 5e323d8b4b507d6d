#include "libm.h"

#define SQRTPI_HI 0x1.c5bf891b4ef6bp+0
#define SQRTPI_LO -0x1.618f13eb7ca89p-54

/*
 * erfc(x) = 2^k (hi + lo) for 2 <= x < 28: e^(-x^2) / (sqrt(pi) f) with f
 * the continued fraction x + (1/2)/(x + 1/(x + (3/2)/(x + ...))), evaluated
 * from its tail in double-double; the number of terms (checked with mpmath
 * for 2^-64) shrinks as x grows.  e^(-x^2) comes from __lstar_exp_dd with
 * x^2 exact, so the scale 2^k lets the caller round subnormal results once.
 */
double __lstar_erfc_dd(double x, int *k, double *lo)
{
	int n = x < 2.5 ? 80 : x < 4 ? 60 : x < 6 ? 30 : 20;
	double fl = 0, f = x;
	for (; n > 0; n--) {
		double ql, q = dd_div(0.5 * n, 0, f, fl, &ql);
		f = dd_add(x, 0, q, ql, &fl);
	}
	f = dd_mul(f, fl, SQRTPI_HI, SQRTPI_LO, &fl);
	double sl, s = two_prod(x, x, &sl);
	double el, e = __lstar_exp_dd(-s, -sl, k, &el);
	return dd_div(e, el, f, fl, lo);
}
