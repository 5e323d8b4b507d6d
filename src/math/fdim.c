#include "libm.h"

double fdim(double x, double y)
{
	if (isnan(x) || isnan(y))
		return x + y;
	if (!(x > y))
		return 0;
	double r = x - y;
	if (isinf(r) && !isinf(x) && !isinf(y))
		errno = ERANGE;
	return r;
}
