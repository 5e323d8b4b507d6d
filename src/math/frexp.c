#include "libm.h"

double frexp(double x, int *e)
{
	uint64_t u = asuint64(x);
	int ex = (int)(u >> 52 & 0x7ff);
	if (!ex) {
		if (!(u << 1)) {
			*e = 0;
			return x;
		}
		x = frexp(x * 0x1p64, e);
		*e -= 64;
		return x;
	}
	if (ex == 0x7ff) {
		*e = 0;
		return x + x;
	}
	*e = ex - 0x3fe;
	return asdouble((u & ~EXP64) | 0x3fe0000000000000ULL);
}
