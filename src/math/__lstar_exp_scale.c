#include "libm.h"

/*
 * 2^k * (hi + lo) rounded once, |hi + lo| in [0.5, 2): overflow gives inf;
 * below the normal range the sum is first aligned so that its rounding
 * lands on the subnormal grid (adding 1 puts the 2^-52 grid of [1, 2) on
 * 2^-1074 after the final exact scaling by 2^-1022).
 */
double __lstar_exp_scale(double hi, double lo, int k)
{
	if (k > -1020) {
		if (k > 1000)
			return (hi + lo) * 0x1p1000 * asdouble((uint64_t)(0x3ff + k - 1000) << 52);
		return (hi + lo) * asdouble((uint64_t)(0x3ff + k) << 52);
	}
	if (hi < 0)	/* the alignment below works on magnitudes */
		return -__lstar_exp_scale(-hi, -lo, k);
	if (k < -1080)
		return 0x1p-1022 * 0x1p-1022 * (hi > 0 ? 1 : -1);	/* underflows to 0 */
	double f = asdouble((uint64_t)(0x3ff + k + 1022) << 52);
	double a = hi * f, b = lo * f;
	if (a + b >= 1)
		return (a + b) * 0x1p-1022;
	double e, t = fast_two_sum(1, a, &e);
	return ((t + (e + b)) - 1) * 0x1p-1022;
}
