#include "libm.h"

double remainder(double x, double y)
{
	int q;
	if (!isnan(x) && !isnan(y) && (isinf(x) || y == 0))
		errno = EDOM;
	return remquo(x, y, &q);
}
