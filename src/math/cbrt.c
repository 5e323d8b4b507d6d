#include "libm.h"

/*
 * A first approximation from the exponent bits, Newton steps in double
 * to about 2^-50, then one correction with the residual x - y^3 formed
 * in double-double: y + (x - y^3)/(3y^2) is within an ulp of cbrt(x)
 * (usually correctly rounded).
 */
double cbrt(double x)
{
	uint64_t u = asuint64(x), s = u & SIGN64;
	u &= ~SIGN64;
	if (u >= EXP64 || !u)
		return x + x;
	double ax = asdouble(u), scale = 1;
	if (u < 0x1430000000000000ULL) {	/* below 2^-700 */
		/* keeps y^3's low part in double-double clear of underflow */
		ax *= 0x1p300;
		scale = 0x1p-100;
		u = asuint64(ax);
	} else if (u > 0x7f00000000000000ULL) {	/* keep y^3 finite */
		ax *= 0x1p-54;
		scale = 0x1p18;
		u = asuint64(ax);
	}
	/* exponent / 3, with the bias kept: within about 6% */
	double y = asdouble(u / 3 + 0x2a9f7893782da1ceULL);
	for (int i = 0; i < 5; i++)
		y = y - (y - ax / (y * y)) / 3;
	double y2l, y2 = two_prod(y, y, &y2l);
	double y3l, y3 = dd_mul(y2, y2l, y, 0, &y3l);
	double rl, r = dd_add(ax, 0, -y3, -y3l, &rl);
	y += (r + rl) / (3 * y * y);
	return asdouble(asuint64(y * scale) | s);
}
