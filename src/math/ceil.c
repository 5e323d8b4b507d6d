#include "libm.h"

/* floor.c's method with the carry on the positive side. */
double ceil(double x)
{
	uint64_t u = asuint64(x);
	int e = (int)(u >> 52 & 0x7ff) - 0x3ff;
	if (e >= 52)
		return e == 0x400 ? x + x : x;	/* NaN quieted */
	if (e < 0) {
		if (!(u << 1))
			return x;
		return u >> 63 ? -0.0 : 1.0;
	}
	uint64_t m = MANT64 >> e;
	if (!(u & m))
		return x;
	if (!(u >> 63))
		u += m;
	return asdouble(u & ~m);
}
