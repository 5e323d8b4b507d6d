#include "libm.h"

/* One rounding: x * 2^n is exact in double for the clamped n.  Range
 * errors set ERANGE, as glibc's scalbnf does. */
float scalbnf(float x, int n)
{
	if (n > 300)
		n = 300;
	else if (n < -300)
		n = -300;
	float r = (float)(x * asdouble((uint64_t)(0x3ff + n) << 52));
	if ((!isfinite(r) || r == 0) && isfinite(x) && x != 0)
		errno = ERANGE;
	return r;
}
