#include <limits.h>
#include "libm.h"

/* 0, infinity and NaN are domain errors (glibc sets EDOM). */
int ilogb(double x)
{
	uint64_t u = asuint64(x) & ~SIGN64;
	int e = (int)(u >> 52);
	if (!e) {
		if (!u) {
			errno = EDOM;
			return FP_ILOGB0;
		}
		return -1011 - __builtin_clzll(u);	/* 0x3ff + 11 - 1 - clz */
	}
	if (e == 0x7ff) {
		errno = EDOM;
		return u == EXP64 ? INT_MAX : FP_ILOGBNAN;
	}
	return e - 0x3ff;
}
