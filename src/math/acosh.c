#include "libm.h"

#define LN2_HI 0x1.62e42fefa39efp-1
#define LN2_LO 0x1.abc9e3b39803fp-56

/* acosh x = log(x + sqrt(x^2 - 1)); x^2 - 1 is exact as a double-double,
 * which keeps the accuracy near 1. */
double acosh(double x)
{
	double r, lo;
	if (!(x >= 1)) {
		if (isnan(x))
			return x + x;
		return __lstar_edom((x - x) / (x - x));
	}
	if (x > 0x1p28) {
		if (isinf(x))
			return x;
		r = __lstar_log_dd(x, &lo);
		r = dd_add(r, lo, LN2_HI, LN2_LO, &lo);
		return r + lo;
	}
	double pl, ph = two_prod(x, x, &pl);
	double sl, sh = two_sum(ph, -1, &sl);
	sh = fast_two_sum(sh, sl + pl, &sl);
	if (sh == 0)
		return 0;
	sh = dd_sqrt(sh, sl, &sl);
	double al, ah = dd_add(sh, sl, x, 0, &al);
	r = __lstar_log_dd(ah, &lo);
	return r + (lo + al / ah);
}
