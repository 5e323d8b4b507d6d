#include "libm.h"

float lgammaf_r(float x, int *sign)
{
	float r = (float)lgamma_r(x, sign);
	if (isinf(r) && isfinite(x))
		errno = ERANGE;
	return r;
}
