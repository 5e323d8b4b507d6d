#include "libm.h"

double modf(double x, double *ip)
{
	uint64_t u = asuint64(x);
	int e = (int)(u >> 52 & 0x7ff) - 0x3ff;
	if (e >= 52) {
		*ip = x;
		if (e == 0x400 && (u << 12))
			return x + x;	/* NaN */
		return asdouble(u & SIGN64);
	}
	if (e < 0) {
		*ip = asdouble(u & SIGN64);
		return x;
	}
	uint64_t m = MANT64 >> e;
	if (!(u & m)) {
		*ip = x;
		return asdouble(u & SIGN64);
	}
	*ip = asdouble(u & ~m);
	return x - *ip;
}
