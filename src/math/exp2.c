#include "libm.h"

/* 2^x = e^(x ln 2), with x ln 2 formed as a double-double. */
double exp2(double x)
{
	if (!(__builtin_fabs(x) < 1076)) {
		if (isnan(x))
			return x + x;
		if (x > 0)
			return x == INFINITY ? x : __lstar_erange(INFINITY);
		return x == -INFINITY ? 0 : __lstar_erange(0);
	}
	/* integral part separately: keeps the argument of e^ small */
	double n = (x + 0x1.8p52) - 0x1.8p52, f = x - n;
	double yl, yh = dd_mul(f, 0, 0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56, &yl);
	int k;
	double lo, hi = __lstar_exp_dd(yh, yl, &k, &lo);
	double r = __lstar_exp_scale(hi, lo, k + (int)n);
	if (r == 0 || isinf(r))
		errno = ERANGE;
	return r;
}
