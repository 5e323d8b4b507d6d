#include "libm.h"

/* See expf.c.  Like glibc's powf, a result below the smallest subnormal
 * (rounded to it or to zero) and an overflow set ERANGE. */
float powf(float x, float y)
{
	double d = pow(x, y);
	float r = (float)d;
	if (isfinite(x) && isfinite(y) && x != 0 && (isinf(r) || __builtin_fabs(d) < 0x1p-149))
		errno = ERANGE;
	return r;
}
