#include "libm.h"

/* See atanf.c; a quotient that underflows in float sets ERANGE as glibc. */
float atan2f(float y, float x)
{
	float r = (float)atan2(y, x);
	if (r == 0 && y != 0 && isfinite(y) && !isnan(x) && !signbit(x) && !isinf(x))
		errno = ERANGE;
	return r;
}
