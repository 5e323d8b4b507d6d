#include "libm.h"

/* x^2 + y^2 is formed exactly as a double-double and its square root taken
 * with one correction step, so the result is within an ulp (almost always
 * correctly rounded).  Operands are scaled by a power of two so that the
 * squares neither overflow nor lose bits to the subnormal range. */
double hypot(double x, double y)
{
	uint64_t ux = asuint64(x) & ~SIGN64, uy = asuint64(y) & ~SIGN64;
	if (ux == EXP64 || uy == EXP64)
		return INFINITY;	/* even if the other is NaN */
	if (ux > EXP64 || uy > EXP64)
		return x + y;
	if (ux < uy) {
		uint64_t t = ux;
		ux = uy;
		uy = t;
	}
	double ax = asdouble(ux), ay = asdouble(uy);
	if (!uy || (ux >> 52) - (uy >> 52) > 60)
		return ax + ay;
	double scale = 1;
	if (ux >= 0x5f30000000000000ULL) {		/* 2^500 */
		ax *= 0x1p-600;
		ay *= 0x1p-600;
		scale = 0x1p600;
	} else if (uy < 0x20b0000000000000ULL) {	/* 2^-500 */
		ax *= 0x1p600;
		ay *= 0x1p600;
		scale = 0x1p-600;
	}
	double xl, yl, lo;
	double xh = two_prod(ax, ax, &xl), yh = two_prod(ay, ay, &yl);
	double sh = dd_add(xh, xl, yh, yl, &lo);
	double r = dd_sqrt(sh, lo, &lo) * scale;
	if (isinf(r))
		errno = ERANGE;
	return r;
}
