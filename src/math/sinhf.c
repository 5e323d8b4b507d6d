#include "libm.h"

/* The double function is within an ulp of a double, so the rounding to
 * float is within half an ulp plus 2^-29 of one. */
float sinhf(float x)
{
	float r = (float)sinh(x);
	if (isinf(r) && isfinite(x))
		errno = ERANGE;	/* the float range ends before the double one */
	return r;
}
