#include "libm.h"

/* The double function is within an ulp of a double result, so the
 * rounding to float is within half an ulp plus 2^-29 of one. */
float cbrtf(float x)
{
	float r = (float)cbrt(x);
	return r;
}
