#include "libm.h"

double logb(double x)
{
	uint64_t u = asuint64(x) & ~SIGN64;
	int e = (int)(u >> 52);
	if (!u)
		return -1 / __builtin_fabs(x);	/* -inf, divide-by-zero */
	if (e == 0x7ff)
		return x * x;
	if (!e)
		return -1011 - __builtin_clzll(u);
	return e - 0x3ff;
}
