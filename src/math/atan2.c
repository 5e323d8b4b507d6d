#include "libm.h"

#define PI_HI 0x1.921fb54442d18p+1
#define PI_LO 0x1.1a62633145c07p-53
#define PIO2 0x1.921fb54442d18p+0

/* Annex F's cases for zeros and infinities, then atan(|y/x|) with the
 * quotient carried as a double-double, moved to the right quadrant. */
double atan2(double y, double x)
{
	if (isnan(x) || isnan(y))
		return x + y;
	double ay = __builtin_fabs(y), ax = __builtin_fabs(x), r, lo;
	int xneg = signbit(x);
	if (ay == 0)
		return xneg ? copysign(PI_HI, y) : y;
	if (ax == 0)
		return copysign(PIO2, y);
	if (isinf(ax)) {
		if (isinf(ay))
			r = xneg ? 0x1.2d97c7f3321d2p+1 : 0x1.921fb54442d18p-1;
		else
			r = xneg ? PI_HI : 0;
		return copysign(r, y);
	}
	if (isinf(ay))
		return copysign(PIO2, y);

	int ey = ilogb(ay), ex = ilogb(ax);
	if (ey - ex > 60) {
		r = PIO2;	/* pi/2 -+ |x/y| rounds to it */
	} else if (ey - ex < -60) {
		if (xneg) {
			r = PI_HI;
		} else {
			r = ay / ax;	/* atan(t) = t to far below an ulp */
			if (r == 0)
				errno = ERANGE;
		}
	} else {
		/* scale both so that x is near 1: the split products in
		 * dd_div stay in range (exact: y/x is within 2^+-60) */
		ay = scalbn(ay, -ex);
		ax = scalbn(ax, -ex);
		double ql, q = dd_div(ay, 0, ax, 0, &ql);
		r = __lstar_atan_dd(q, ql, &lo);
		if (xneg)
			r = dd_add(PI_HI, PI_LO, -r, -lo, &lo);
		r += lo;
	}
	return copysign(r, y);
}
