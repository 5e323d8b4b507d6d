#include "libm.h"

double erf(double x)
{
	double ax = __builtin_fabs(x), r, lo;
	if (!(ax < 6)) {
		if (isnan(x))
			return x + x;
		return x < 0 ? -1 : 1;	/* erfc(6) < 2^-54 */
	}
	if (ax < 0x1p-28) {	/* 2x/sqrt(pi): the next term is below an ulp */
		if (ax < 0x1p-1000)	/* scaled by 8: no premature underflow */
			return 0.125 * (8 * x + 0x1.06eba8214db69p+0 * x);
		double e, p = two_prod(x, 0x1.20dd750429b6dp+0, &e);
		return p + (e + x * 0x1.1ae3a914fed8p-56);
	}
	if (ax < 2) {
		r = __lstar_erf_dd(ax, &lo);
		r += lo;
	} else {
		int k;
		double h = __lstar_erfc_dd(ax, &k, &lo);
		double f = asdouble((uint64_t)(0x3ff + k) << 52);
		r = dd_add(1, 0, -h * f, -lo * f, &lo);
		r += lo;
	}
	return x < 0 ? -r : r;
}
