#include "libm.h"

extern const double __lstar_exp_tab[128][2] __hidden;

#define INVLN2N 0x1.71547652b82fep+7	/* 128/ln 2 */
#define LN2N_HI 0x1.62e42fef80000p-8	/* ln2/128 in 35 bits: kd * LN2N_HI is exact */
#define LN2N_LO 0x1.1cf79abc9e3b4p-43

/*
 * e^(xh + xl) = 2^k * (hi + lo), about 2^-70 relative, for |xh| < 760.
 * x = (128 k + j) ln2/128 + r with |r| <= ln2/256, so
 * e^x = 2^k * 2^(j/128) * e^r, the table giving 2^(j/128) as a
 * double-double and e^r - 1 a short series (r^7/7! is below 2^-71).
 */
double __lstar_exp_dd(double xh, double xl, int *k, double *lo)
{
	const double shift = 0x1.8p52;	/* rounds to an integer */
	double kd = (xh * INVLN2N + shift) - shift;
	int ki = (int)kd;
	/* exact: kd * LN2N_HI fits in 53 bits and is within a factor of
	 * two of xh whenever kd != 0 */
	double r = xh - kd * LN2N_HI;
	/* xl (up to 2^-44 for pow) joins the reduced argument here, so that
	 * rl stays below ulp(rh) and the rl * rh term can be dropped */
	double rl, rh = two_sum(r, xl - kd * LN2N_LO, &rl);
	double q = rh * rh * (0.5 + rh * (1.0 / 6 + rh * (1.0 / 24
		+ rh * (1.0 / 120 + rh * (1.0 / 720)))));
	const double *t = __lstar_exp_tab[ki & 127];
	*k = ki >> 7;
	/* T (1 + p), p = rh + (rl + q): the product T_hi * rh exactly */
	double sl, s = two_prod(t[0], rh, &sl);
	double p = rh + (rl + q);
	double hl, h = fast_two_sum(t[0], s, &hl);
	return fast_two_sum(h, hl + sl + t[0] * (rl + q) + t[1] * (1 + p), lo);
}
