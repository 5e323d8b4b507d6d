#include "libm.h"

#define LN2_HI 0x1.62e42fefa39efp-1
#define LN2_LO 0x1.abc9e3b39803fp-56

/* asinh |x| = log(|x| + sqrt(x^2 + 1)), the argument of log carried as a
 * double-double: log(a + al) = log(a) + al/a. */
double asinh(double x)
{
	double ax = __builtin_fabs(x), r, lo;
	if (ax < 0x1p-26 || !isfinite(x))
		return isnan(x) ? x + x : x;	/* x^3/6 is below half an ulp */
	if (ax > 0x1p28) {	/* log(2|x|): 1/(4x^2) is below an ulp */
		r = __lstar_log_dd(ax, &lo);
		r = dd_add(r, lo, LN2_HI, LN2_LO, &lo);
	} else {
		double pl, ph = two_prod(ax, ax, &pl);
		double sl, sh = dd_add(ph, pl, 1, 0, &sl);
		sh = dd_sqrt(sh, sl, &sl);
		double al, ah = dd_add(sh, sl, ax, 0, &al);
		r = __lstar_log_dd(ah, &lo);
		lo += al / ah;
	}
	r += lo;
	return x < 0 ? -r : r;
}
