#include "libm.h"

double trunc(double x)
{
	uint64_t u = asuint64(x);
	int e = (int)(u >> 52 & 0x7ff) - 0x3ff;
	if (e >= 52)
		return e == 0x400 ? x + x : x;	/* NaN quieted */
	if (e < 0)
		return asdouble(u & SIGN64);
	return asdouble(u & ~(MANT64 >> e));
}
