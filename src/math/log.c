#include "libm.h"

double log(double x)
{
	if (__lstar_log_outside(asuint64(x)))
		return __lstar_log_special(x);
	double lo;
	return __lstar_log_dd(x, &lo) + lo;
}
