#include "libm.h"

/* The squares of floats are exact in double and their sum is rounded
 * once, so the double root is within a hair of correct before the final
 * rounding to float. */
float hypotf(float x, float y)
{
	if (isinf(x) || isinf(y))
		return INFINITY;
	double r = __lstar_sqrt((double)x * x + (double)y * y);
	if (isinf((float)r))
		errno = ERANGE;
	return (float)r;
}
