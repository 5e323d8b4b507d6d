#include "libm.h"

/* The double function is within an ulp of a double result, so the
 * rounding to float is within half an ulp plus 2^-29 of one. */
float expf(float x)
{
	float r = (float)exp(x);
	if ((r == 0 || isinf(r)) && isfinite(x))
		errno = ERANGE;	/* the float range ends before the double one */
	return r;
}
