#include "libm.h"

double erfc(double x)
{
	double ax = __builtin_fabs(x), r, lo;
	if (isnan(x))
		return x + x;
	if (ax < 0x1p-56)
		return 1;	/* 1 - 2x/sqrt(pi) rounds to 1 */
	if (ax < 2) {
		r = __lstar_erf_dd(x, &lo);
		r = dd_add(1, 0, -r, -lo, &lo);
		return r + lo;
	}
	if (x < 0) {
		if (x < -6)
			return 2;
		int k;
		double h = __lstar_erfc_dd(ax, &k, &lo);
		double f = asdouble((uint64_t)(0x3ff + k) << 52);
		r = dd_add(2, 0, -h * f, -lo * f, &lo);
		return r + lo;
	}
	if (x >= 28)
		return x == INFINITY ? 0 : __lstar_erange(0x1p-1022 * 0x1p-1022);
	int k;
	r = __lstar_erfc_dd(x, &k, &lo);
	r = __lstar_exp_scale(r, lo, k);
	if (r == 0)
		errno = ERANGE;
	return r;
}
