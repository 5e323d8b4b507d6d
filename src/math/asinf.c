#include "libm.h"

/* The double function is within an ulp of a double, so the rounding to
 * float is within half an ulp plus 2^-29 of one. */
float asinf(float x)
{
	float r = (float)asin(x);
	return r;
}
