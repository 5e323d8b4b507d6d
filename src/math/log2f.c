#include "libm.h"

/* The double function is within an ulp of a double result, so the
 * rounding to float is within half an ulp plus 2^-29 of one. */
float log2f(float x)
{
	float r = (float)log2(x);
	return r;
}
