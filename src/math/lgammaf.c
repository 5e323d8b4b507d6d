#include "libm.h"

extern int signgam;

/* The double function is within an ulp of a double away from the zeros of
 * log|Gamma| on the negative axis (docs/math.md). */
float lgammaf(float x)
{
	float r = (float)lgamma_r(x, &signgam);
	if (isinf(r) && isfinite(x))
		errno = ERANGE;
	return r;
}
