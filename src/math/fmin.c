#include "libm.h"

double fmin(double x, double y)
{
	/* a signaling NaN gives a quiet NaN (IEEE 754-2008, as glibc) */
	if (__lstar_issignaling(x) || __lstar_issignaling(y))
		return x + y;
	if (isnan(x))
		return y;
	if (isnan(y))
		return x;
	/* equal (including -0 and +0): y, as minsd gives glibc */
	return x < y ? x : y;
}
