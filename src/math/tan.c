#include "libm.h"

/* sin/cos of the reduced argument, both as double-doubles, so that the
 * quotient is within about half an ulp. */
double tan(double x)
{
	double ax = __builtin_fabs(x);
	if (ax < 0x1p-27)
		return x;	/* x^3/3 is below half an ulp */
	if (!isfinite(x))
		return isnan(x) ? x + x : __lstar_edom(x - x);
	double hi = x, lo = 0, sl, cl;
	int n = 0;
	if (ax > 0x1.921fb54442d18p-1)
		n = __lstar_rem_pio2(x, &hi, &lo);
	double s = __lstar_sin_dd(hi, lo, &sl), c = __lstar_cos_dd(hi, lo, &cl);
	double ql, q = n & 1 ? dd_div(-c, -cl, s, sl, &ql) : dd_div(s, sl, c, cl, &ql);
	return q + ql;
}
