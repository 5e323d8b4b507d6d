#include "libm.h"

/* sqrtsd is correctly rounded; only the domain error is ours to add. */
double sqrt(double x)
{
	if (x < 0)
		return __lstar_edom((x - x) / (x - x));
	return __lstar_sqrt(x);
}
