#include "libm.h"

extern const double __lstar_atan_tab[65][2] __hidden;

#define PIO2_HI 0x1.921fb54442d18p+0
#define PIO2_LO 0x1.1a62633145c07p-54

/*
 * atan(xh + xl) as hi + lo for 0 <= xh < 2^60.  Above 1 it is
 * pi/2 - atan(1/x).  Then with c = j/64 the nearest table point,
 * atan(x) = atan(c) + atan(t), t = (x - c)/(1 + x c), |t| <= 2^-7, whose
 * series needs terms up to t^11; t is formed as a double-double.
 */
double __lstar_atan_dd(double xh, double xl, double *lo)
{
	int inv = xh > 1;
	if (inv)
		xh = dd_div(1, 0, xh, xl, &xl);
	int j = (int)(xh * 64 + 0.5);
	double c = j * 0x1p-6;
	double nl, nh = two_sum(xh - c, xl, &nl);	/* xh - c is exact */
	double pl, ph = two_prod(xh, c, &pl);
	double dl, dh = fast_two_sum(1, ph, &dl);
	dl += pl + xl * c;
	double tl, t = dd_div(nh, nl, dh, dl, &tl);
	double s = t * t;
	double p = t * s * (-1.0 / 3 + s * (1.0 / 5 - s * (1.0 / 7 + s * (-1.0 / 9
		+ s * (1.0 / 11 - s * (1.0 / 13))))));
	double rl, r = dd_add(__lstar_atan_tab[j][0], __lstar_atan_tab[j][1], t, tl + p, &rl);
	if (inv)
		r = dd_add(PIO2_HI, PIO2_LO, -r, -rl, &rl);
	*lo = rl;
	return r;
}
