#include "libm.h"

double cos(double x)
{
	double ax = __builtin_fabs(x);
	if (ax < 0x1p-27)
		return 1;	/* x^2/2 is below half an ulp of 1 */
	if (!isfinite(x))
		return isnan(x) ? x + x : __lstar_edom(x - x);
	double hi = x, lo = 0, rl;
	int n = 0;
	if (ax > 0x1.921fb54442d18p-1)
		n = __lstar_rem_pio2(x, &hi, &lo);
	/* cos(t + n pi/2): cos t, -sin t, -cos t, sin t */
	double r = n & 1 ? __lstar_sin_dd(hi, lo, &rl) : __lstar_cos_dd(hi, lo, &rl);
	r += rl;
	return (n + 1) & 2 ? -r : r;
}
