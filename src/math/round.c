#include "libm.h"

/* Half away from zero: add half a unit of the integer position to the
 * magnitude, then truncate. */
double round(double x)
{
	uint64_t u = asuint64(x);
	int e = (int)(u >> 52 & 0x7ff) - 0x3ff;
	if (e >= 52)
		return e == 0x400 ? x + x : x;	/* NaN quieted */
	if (e < 0) {
		uint64_t s = u & SIGN64;
		return asdouble(e == -1 ? s | 0x3ff0000000000000ULL : s);
	}
	uint64_t m = MANT64 >> e;
	u += 1ULL << (51 - e);
	return asdouble(u & ~m);
}
