#include "libm.h"

/* The result is x * 2^n rounded once.  Large |n| is applied in steps;
 * below the normal range the first step (2^-969) keeps x normal unless
 * the final step is then below 2^-53, where a second rounding cannot
 * change a result that rounds to zero anyway. */
double scalbn(double x, int n)
{
	double x0 = x;
	if (n > 1023) {
		x *= 0x1p1023;
		n -= 1023;
		if (n > 1023) {
			x *= 0x1p1023;
			n -= 1023;
			if (n > 1023)
				n = 1023;
		}
	} else if (n < -1022) {
		x *= 0x1p-969;
		n += 969;
		if (n < -1022) {
			x *= 0x1p-969;
			n += 969;
			if (n < -1022)
				n = -1022;
		}
	}
	double r = x * asdouble((uint64_t)(0x3ff + n) << 52);
	/* glibc's scalbn reports range errors as ldexp does */
	if ((!isfinite(r) || r == 0) && isfinite(x0) && x0 != 0)
		errno = ERANGE;
	return r;
}
