#include "libm.h"

double sin(double x)
{
	double ax = __builtin_fabs(x);
	if (ax < 0x1p-26)
		return x;	/* x^3/6 is below half an ulp (exact for 0, subnormals) */
	if (!isfinite(x))
		return isnan(x) ? x + x : __lstar_edom(x - x);
	double hi = x, lo = 0, rl;
	int n = 0;
	if (ax > 0x1.921fb54442d18p-1)
		n = __lstar_rem_pio2(x, &hi, &lo);
	double r = n & 1 ? __lstar_cos_dd(hi, lo, &rl) : __lstar_sin_dd(hi, lo, &rl);
	r += rl;
	return n & 2 ? -r : r;
}
