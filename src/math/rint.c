#include "libm.h"

/* Adding and removing 2^52 makes the FPU round the fraction away in the
 * current rounding mode. */
double rint(double x)
{
	uint64_t u = asuint64(x);
	int e = (int)(u >> 52 & 0x7ff) - 0x3ff;
	if (e >= 52)
		return e == 0x400 ? x + x : x;	/* NaN quieted */
	const double big = 0x1p52;
	double y = u >> 63 ? (x - big) + big : (x + big) - big;
	if (y == 0)
		return asdouble(u & SIGN64);	/* keep the sign of zero */
	return y;
}
