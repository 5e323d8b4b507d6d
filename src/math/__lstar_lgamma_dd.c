#include "libm.h"

#define HALF_LOG_2PI_HI 0x1.d67f1c864beb5p-1
#define HALF_LOG_2PI_LO -0x1.65b5a1b7ff5dfp-55

/* B_2k / (2k (2k - 1)), k = 1..12: Stirling's series for log Gamma */
static const double stirling[12] = {
	0x1.5555555555555p-4, -0x1.6c16c16c16c17p-9, 0x1.a01a01a01a01ap-11,
	-0x1.3813813813814p-11, 0x1.b951e2b18ff23p-11, -0x1.f6ab0d9993c7dp-10,
	0x1.a41a41a41a41ap-8, -0x1.e4286cb0f5398p-6, 0x1.6fe96381e0680p-3,
	-0x1.6476701181f3ap+0, 0x1.ace44322ce006p+3, -0x1.39b2525cccc1bp+7,
};

/*
 * log Gamma(xh + xl) as hi + lo for x >= 12: Stirling's series (its 13th
 * term is below 2^-78 there) added to (x - 1/2) log x - x + log(2 pi)/2,
 * which is carried as a double-double.
 */
double __lstar_lgamma_dd(double xh, double xl, double *lo)
{
	double ll, lh = __lstar_log_dd(xh, &ll);
	ll += xl / xh;
	double al, ah = two_sum(xh, -0.5, &al);
	al += xl;
	double ml, mh = dd_mul(ah, al, lh, ll, &ml);
	mh = dd_add(mh, ml, -xh, -xl, &ml);
	mh = dd_add(mh, ml, HALF_LOG_2PI_HI, HALF_LOG_2PI_LO, &ml);
	/* the first term 1/(12x) in double-double, the rest (below 2^-20)
	 * in double */
	double rl, r = dd_div(1, 0, xh, xl, &rl);
	double r2 = r * r, s = 0;
	for (int i = 11; i >= 1; i--)
		s = s * r2 + stirling[i];
	double tl, t = dd_mul(r, rl, 0x1.5555555555555p-4, 0x1.5555555555555p-58, &tl);
	mh = dd_add(mh, ml, t, tl + s * r2 * r, &ml);
	*lo = ml;
	return mh;
}
